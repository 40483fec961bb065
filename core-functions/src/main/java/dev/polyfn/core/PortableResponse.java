package dev.polyfn.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What core answers for one invocation, before an adapter encodes it in its provider's shape.
 *
 * <p>Example: {@code uppercase("hello")} gives {@code PortableResponse(200, "text/plain;charset=UTF-8", "HELLO", {})}.
 * A function may also return a {@code PortableResponse} itself to choose status and headers.
 *
 * @param status      HTTP status code; for non-HTTP triggers, 2xx means success and anything else failure
 * @param contentType the body's media type, never null
 * @param body        the body, never null (empty for 202/204)
 * @param headers     extra response headers (already filtered by core's header policy)
 */
public record PortableResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String TEXT = "text/plain;charset=UTF-8";
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String OCTET_STREAM = "application/octet-stream";

    public PortableResponse {
        contentType = contentType == null ? TEXT : contentType;
        body = body == null ? new byte[0] : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static PortableResponse of(int status, String contentType, String body) {
        return new PortableResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
