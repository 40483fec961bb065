package dev.polyfn.benchmarks.jmh.azure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;

/** An HTTP-trigger request as the Java worker hands it over ({@code dataType = "string"}), held in memory. */
final class InMemoryHttpRequestMessage implements HttpRequestMessage<Optional<String>> {

    private final URI uri;
    private final Map<String, String> headers;
    private final Optional<String> body;

    InMemoryHttpRequestMessage(String path, String contentType, Optional<String> body) {
        this.uri = URI.create("https://bench.azurewebsites.net" + path);
        this.headers = Map.of("content-type", contentType);
        this.body = body;
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpMethod getHttpMethod() {
        return HttpMethod.POST;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return Map.of();
    }

    @Override
    public Optional<String> getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new Builder(status);
    }

    private static final class Builder implements HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;

        Builder(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType newStatus) {
            this.status = newStatus;
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object newBody) {
            this.body = newBody;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            HttpStatusType finalStatus = status;
            Object finalBody = body;
            Map<String, String> finalHeaders = Map.copyOf(headers);
            return new HttpResponseMessage() {
                @Override
                public HttpStatusType getStatus() {
                    return finalStatus;
                }

                @Override
                public String getHeader(String name) {
                    return finalHeaders.get(name);
                }

                @Override
                public Object getBody() {
                    return finalBody;
                }
            };
        }
    }
}
