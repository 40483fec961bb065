package dev.polyfn.azure.testing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;

/**
 * Azure's {@link HttpRequestMessage} as the Java worker hands it to a {@code HttpRequestMessage<Optional<String>>}
 * parameter, for unit tests of the mappers: single-valued header and query maps, the body as text (the host decodes
 * text bodies as UTF-8). End-to-end tests use the real worker ({@link AzureHostEmulator}).
 */
public final class TestHttpRequestMessage implements HttpRequestMessage<Optional<String>> {

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final String body;

    public TestHttpRequestMessage(HttpMethod method, URI uri, Map<String, String> headers, Map<String, String> query,
            byte[] body) {
        this(method, uri, headers, query, body == null ? null : new String(body, workerCharset(headers)));
    }

    public TestHttpRequestMessage(HttpMethod method, URI uri, Map<String, String> headers, Map<String, String> query,
            String body) {
        this.method = method;
        this.uri = uri;
        this.headers = new LinkedHashMap<>(headers);
        this.query = new LinkedHashMap<>(query);
        this.body = body;
    }

    /** The host sends octet-stream and multipart bodies as bytes, which the worker decodes with the JVM's charset. */
    private static java.nio.charset.Charset workerCharset(Map<String, String> headers) {
        String type = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
            .map(Map.Entry::getValue).findFirst().orElse("").toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/octet-stream") || type.contains("multipart/")
                ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.StandardCharsets.UTF_8;
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return query;
    }

    @Override
    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new TestHttpResponseMessage.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new TestHttpResponseMessage.Builder(status);
    }
}
