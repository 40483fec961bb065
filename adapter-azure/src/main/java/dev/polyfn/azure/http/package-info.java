/**
 * Serves Azure Functions HTTP triggers ({@code HttpRequestMessage<Optional<String>>} in, {@code HttpResponseMessage}
 * out) through core; entry point {@link dev.polyfn.azure.http.PolyfnAzureHttp}.
 */
package dev.polyfn.azure.http;
