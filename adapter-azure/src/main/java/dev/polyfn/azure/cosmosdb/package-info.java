/**
 * Serves the Azure Cosmos DB trigger (the change feed: batches of created or updated documents) as portable change
 * events through core; entry point {@link dev.polyfn.azure.cosmosdb.PolyfnAzureCosmosDb}.
 */
package dev.polyfn.azure.cosmosdb;
