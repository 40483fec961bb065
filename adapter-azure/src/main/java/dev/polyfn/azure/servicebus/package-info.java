/**
 * Serves Azure Service Bus queue and topic-subscription triggers (one message per invocation) through core;
 * entry point {@link dev.polyfn.azure.servicebus.PolyfnAzureServiceBus}.
 */
package dev.polyfn.azure.servicebus;
