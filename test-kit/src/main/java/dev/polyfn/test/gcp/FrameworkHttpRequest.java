package dev.polyfn.test.gcp;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.rules.QueryStrings;
import dev.polyfn.test.HttpCall;

/**
 * The functions framework's {@link HttpRequest} as the invoker fills it (functions-framework-java,
 * invoker/core/src/main/java/com/google/cloud/functions/invoker/http/HttpRequestImpl.java): case-insensitive
 * headers, the raw query, the body with its Content-Length.
 */
final class FrameworkHttpRequest implements HttpRequest {

    private final HttpCall call;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;

    FrameworkHttpRequest(HttpCall call) {
        this.call = call;
        this.body = call.body();
        call.headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        headers.put("Content-Length", List.of(Integer.toString(body.length)));
    }

    @Override
    public String getMethod() {
        return call.method();
    }

    @Override
    public String getUri() {
        return call.query() == null ? call.path() : call.path() + "?" + call.query();
    }

    @Override
    public String getPath() {
        return call.path();
    }

    @Override
    public Optional<String> getQuery() {
        return Optional.ofNullable(call.query());
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        return Collections.unmodifiableMap(QueryStrings.parse(call.query()));
    }

    @Override
    public Map<String, HttpPart> getParts() {
        throw new IllegalStateException("Content-Type must be multipart/form-data");
    }

    @Override
    public Optional<String> getContentType() {
        return getFirstHeader("Content-Type");
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
        return Collections.unmodifiableMap(headers);
    }
}
