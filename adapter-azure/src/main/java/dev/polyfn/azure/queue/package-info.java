/**
 * Serves Azure Queue Storage and Service Bus queue triggers (one message per invocation) through core;
 * entry point {@link dev.polyfn.azure.queue.PolyfnAzureQueue}.
 */
package dev.polyfn.azure.queue;
