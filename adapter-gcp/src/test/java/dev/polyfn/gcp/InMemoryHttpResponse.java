package dev.polyfn.gcp;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.cloud.functions.HttpResponse;
import dev.polyfn.core.testkit.Observed;

/** A functions-framework {@link HttpResponse} held in memory: status 200 until set, like the invoker's. */
final class InMemoryHttpResponse implements HttpResponse {

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
    public void setContentType(String contentType) {
        this.contentType = contentType;
        headers.put("Content-Type", List.of(contentType));
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

    int status() {
        return status;
    }

    /** What a client would have received. */
    Observed observed() {
        return new Observed(status, contentType, body.toByteArray());
    }
}
