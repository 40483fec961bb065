/**
 * The AWS Lambda entry point of Polyfn: {@link dev.polyfn.aws.PolyfnHandler} receives every trigger's JSON,
 * recognises its shape, and hands it to the per-shape package that translates it to core's portable model and back.
 * Handler: {@code dev.polyfn.aws.PolyfnHandler::handleRequest}; the function is fixed by
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION}.
 */
package dev.polyfn.aws;
