package dev.polyfn.benchmarks.jmh.gcp;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.cloud.functions.HttpResponse;

/** A response collected in memory: status, headers and body bytes. */
final class InMemoryHttpResponse implements HttpResponse {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64);
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private BufferedWriter writer;
    private int status = 200;

    @Override
    public void setStatusCode(int code) {
        status = code;
    }

    @Override
    public void setStatusCode(int code, String message) {
        status = code;
    }

    @Override
    public void setContentType(String contentType) {
        headers.put("Content-Type", new ArrayList<>(List.of(contentType)));
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.ofNullable(headers.get("Content-Type")).map(values -> values.get(0));
    }

    @Override
    public void appendHeader(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    @Override
    public OutputStream getOutputStream() {
        return body;
    }

    @Override
    public BufferedWriter getWriter() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    int status() {
        return status;
    }

    byte[] body() throws java.io.IOException {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }
}
