package dev.polyfn.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as a client sends it: method, path, the raw query string (still percent-encoded, sent as is),
 * headers in order (repeats allowed) and the body bytes.
 *
 * <p>Example: {@code HttpCall.post("/createOrder").query("x=%zz").json("{\"customerId\":\"c-1\"}")}.
 */
public final class HttpCall {

    private final String method;
    private final String path;
    private String query;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = new byte[0];

    private HttpCall(String method, String path) {
        this.method = method;
        this.path = path.startsWith("/") ? path : "/" + path;
    }

    public static HttpCall of(String method, String path) {
        return new HttpCall(method, path);
    }

    public static HttpCall post(String path) {
        return new HttpCall("POST", path);
    }

    public static HttpCall get(String path) {
        return new HttpCall("GET", path);
    }

    public static HttpCall put(String path) {
        return new HttpCall("PUT", path);
    }

    /** The raw query string without {@code ?}, sent byte for byte (e.g. {@code a=1&x=%zz}). */
    public HttpCall query(String rawQuery) {
        this.query = rawQuery == null || rawQuery.isEmpty() ? null : rawQuery;
        return this;
    }

    public HttpCall header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** A JSON body with {@code Content-Type: application/json}. */
    public HttpCall json(String json) {
        return header("Content-Type", "application/json").body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A text body with {@code Content-Type: text/plain}. */
    public HttpCall text(String text) {
        return header("Content-Type", "text/plain").body(text.getBytes(StandardCharsets.UTF_8));
    }

    public HttpCall body(byte[] bytes) {
        this.body = bytes == null ? new byte[0] : bytes.clone();
        return this;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The raw query string, or null. */
    public String query() {
        return query;
    }

    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** The first value of a header, case-insensitively, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
            .orElse(null);
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
