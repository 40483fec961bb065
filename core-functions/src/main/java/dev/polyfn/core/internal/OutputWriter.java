package dev.polyfn.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.polyfn.core.PortableResponse;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns what a function returned into a response: text as {@code text/plain} (never JSON-quoted), bytes as
 * {@code application/octet-stream}, a {@link PortableResponse} as it is (headers filtered), anything else as JSON.
 * No result (a {@code Consumer}, {@code null}, an empty {@code Mono}) answers 202 Accepted with an empty body. A
 * {@code Message} answers its payload so, with its text, number and boolean headers as response headers (through the
 * header policy: Spring's own {@code id}, {@code timestamp}, {@code contentType} never leave).
 */
public final class OutputWriter {

    private final Supplier<ObjectMapper> json;
    private final HeaderPolicy headers;

    public OutputWriter(Supplier<ObjectMapper> json, HeaderPolicy headers) {
        this.json = json;
        this.headers = headers;
    }

    public PortableResponse write(Object result) {
        if (result instanceof Message<?> message) {
            PortableResponse payload = write(message.getPayload());
            Map<String, String> chosen = new LinkedHashMap<>(payload.headers());
            message.getHeaders().forEach((name, value) -> {
                if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
                    chosen.put(name, value.toString());
                }
            });
            return new PortableResponse(payload.status(), payload.contentType(), payload.body(),
                    headers.responseHeaders(chosen));
        }
        if (result == null) {
            return new PortableResponse(202, PortableResponse.TEXT, new byte[0], Map.of());
        }
        if (result instanceof PortableResponse response) {
            return new PortableResponse(response.status(), response.contentType(), response.body(),
                    headers.responseHeaders(response.headers()));
        }
        if (result instanceof CharSequence text) {
            return new PortableResponse(200, PortableResponse.TEXT,
                    text.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        }
        if (result instanceof byte[] bytes) {
            return new PortableResponse(200, PortableResponse.OCTET_STREAM, bytes, Map.of());
        }
        return new PortableResponse(200, PortableResponse.JSON, json.get().writeValueAsBytes(result), Map.of());
    }
}
