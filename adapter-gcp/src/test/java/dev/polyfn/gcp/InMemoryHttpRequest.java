package dev.polyfn.gcp;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.cloud.functions.HttpRequest;

/**
 * A functions-framework {@link HttpRequest} held in memory, behaving like the invoker's own: case-insensitive
 * headers, the query parsed from the URI, and a body stream with or without a known length (chunked).
 */
final class InMemoryHttpRequest implements HttpRequest {

    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final InputStream body;
    private final long contentLength;

    private InMemoryHttpRequest(String method, String path, String query, Map<String, List<String>> headers,
            InputStream body, long contentLength) {
        this.method = method;
        this.path = path;
        this.query = query;
        headers.forEach((name, values) -> this.headers.put(name, List.copyOf(values)));
        this.body = body;
        this.contentLength = contentLength;
    }

    /** A request whose body length is known (Content-Length). */
    static InMemoryHttpRequest of(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", List.of(String.valueOf(body.length)));
        return new InMemoryHttpRequest(method, path, query, all, new ByteArrayInputStream(body), body.length);
    }

    /** A chunked request: no Content-Length, the body is only known by reading it. */
    static InMemoryHttpRequest chunked(String method, String path, Map<String, List<String>> headers, InputStream body) {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        all.put("Transfer-Encoding", List.of("chunked"));
        return new InMemoryHttpRequest(method, path, null, all, body, -1);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getUri() {
        return query == null ? path : path + "?" + query;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public Optional<String> getQuery() {
        return Optional.ofNullable(query);
    }

    @Override
    public Map<String, List<String>> getQueryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return Collections.unmodifiableMap(parameters);
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
        return contentLength;
    }

    @Override
    public Optional<String> getCharacterEncoding() {
        return getContentType().flatMap(type -> {
            int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
            return at < 0 ? Optional.empty() : Optional.of(type.substring(at + 8).trim());
        });
    }

    @Override
    public InputStream getInputStream() {
        return body;
    }

    @Override
    public BufferedReader getReader() {
        Charset charset = getCharacterEncoding().map(Charset::forName).orElse(StandardCharsets.UTF_8);
        return new BufferedReader(new InputStreamReader(body, charset));
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Collections.unmodifiableMap(headers);
    }
}
