/**
 * The orders example's Azure Functions declarations: {@code @FunctionName} methods whose bodies are one call into
 * the Polyfn Azure adapter (HTTP, Queue Storage, Blob, Event Grid and timer triggers).
 */
package dev.polyfn.examples.orders.azure;
