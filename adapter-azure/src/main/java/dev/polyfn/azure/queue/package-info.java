/**
 * Serves Azure Queue Storage triggers (one message per invocation) through core;
 * entry point {@link dev.polyfn.azure.queue.PolyfnAzureQueue}.
 */
package dev.polyfn.azure.queue;
