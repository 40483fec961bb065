/**
 * Serves Azure Blob Storage triggers as portable storage events through core;
 * entry point {@link dev.polyfn.azure.blob.PolyfnAzureBlob}.
 */
package dev.polyfn.azure.blob;
