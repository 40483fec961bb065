/**
 * End-to-end tests of orders-gcp.jar under the real java-function-invoker 2.0.0, started in child processes:
 * HTTP requests to {@code PolyfnHttpFunction} and CloudEvents (binary and structured mode) to
 * {@code PolyfnCloudEventFunction}.
 */
package dev.polyfn.examples.orders.gcp;
