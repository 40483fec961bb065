package dev.polyfn.benchmarks.jmh.gcp;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.cloud.functions.HttpRequest;

/** A request as the invoker hands it to the function, held in memory. */
final class InMemoryHttpRequest implements HttpRequest {

    private final String method;
    private final String path;
    private final String contentType;
    private final byte[] body;

    InMemoryHttpRequest(String method, String path, String contentType, byte[] body) {
        this.method = method;
        this.path = path;
        this.contentType = contentType;
        this.body = body;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getUri() {
        return "http://localhost:8080" + path;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public Optional<String> getQuery() {
        return Optional.empty();
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        return Map.of();
    }

    @Override
    public Map<String, HttpPart> getParts() {
        return Map.of();
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.of(contentType);
    }

    @Override
    public long getContentLength() {
        return body.length;
    }

    @Override
    public Optional<String> getCharacterEncoding() {
        return Optional.empty();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Map.of("Content-Type", List.of(contentType), "Content-Length", List.of(Integer.toString(body.length)));
    }
}
