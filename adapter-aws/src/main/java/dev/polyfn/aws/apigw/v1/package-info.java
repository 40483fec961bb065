/**
 * API Gateway REST API (payload format 1.0, Lambda proxy integration): request events in, proxy responses out.
 */
package dev.polyfn.aws.apigw.v1;
