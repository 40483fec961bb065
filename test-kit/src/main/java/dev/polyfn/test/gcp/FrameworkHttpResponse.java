package dev.polyfn.test.gcp;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.cloud.functions.HttpResponse;
import dev.polyfn.test.Answer;

/** The functions framework's {@link HttpResponse}: status 200 until set, headers appended, the body buffered. */
final class FrameworkHttpResponse implements HttpResponse {

    private int status = 200;
    private String contentType;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private BufferedWriter writer;

    @Override
    public void setStatusCode(int code) {
        this.status = code;
    }

    @Override
    public void setStatusCode(int code, String message) {
        this.status = code;
    }

    @Override
    public void setContentType(String type) {
        this.contentType = type;
        headers.put("Content-Type", List.of(type));
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.ofNullable(contentType);
    }

    @Override
    public void appendHeader(String header, String value) {
        headers.computeIfAbsent(header, k -> new ArrayList<>()).add(value);
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Collections.unmodifiableMap(headers);
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

    Answer answer() {
        Map<String, String> first = new LinkedHashMap<>();
        headers.forEach((name, values) -> first.put(name, String.join(", ", values)));
        return new Answer(status, contentType, first, body.toByteArray());
    }
}
