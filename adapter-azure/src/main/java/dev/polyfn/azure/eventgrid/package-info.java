/**
 * Serves Azure Event Grid triggers (Event Grid and CloudEvents schemas; Blob Storage events as portable storage
 * events, others as pub/sub messages) through core; entry point {@link dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid}.
 */
package dev.polyfn.azure.eventgrid;
