/**
 * Application Load Balancer Lambda targets, with and without multi-value headers.
 */
package dev.polyfn.aws.alb;
