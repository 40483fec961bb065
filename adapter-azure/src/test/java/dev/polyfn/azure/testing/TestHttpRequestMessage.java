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
 * Azure's {@link HttpRequestMessage} with a binary body, as the Java worker hands it to an
 * {@code @HttpTrigger(dataType = "binary")} parameter: single-valued header and query maps, the body as bytes.
 */
public final class TestHttpRequestMessage implements HttpRequestMessage<Optional<byte[]>> {

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final byte[] body;

    public TestHttpRequestMessage(HttpMethod method, URI uri, Map<String, String> headers, Map<String, String> query,
            byte[] body) {
        this.method = method;
        this.uri = uri;
        this.headers = new LinkedHashMap<>(headers);
        this.query = new LinkedHashMap<>(query);
        this.body = body;
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
    public Optional<byte[]> getBody() {
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
