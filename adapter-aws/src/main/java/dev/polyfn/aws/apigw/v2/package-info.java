/**
 * API Gateway HTTP API (payload format 2.0) and Lambda Function URLs, which share the same event and response.
 */
package dev.polyfn.aws.apigw.v2;
