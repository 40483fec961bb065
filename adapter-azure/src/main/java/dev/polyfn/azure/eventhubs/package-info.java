/**
 * Serves Azure Event Hubs triggers (batches of one partition, {@code cardinality: many}) as portable stream records
 * through core; entry point {@link dev.polyfn.azure.eventhubs.PolyfnAzureEventHubs}.
 */
package dev.polyfn.azure.eventhubs;
