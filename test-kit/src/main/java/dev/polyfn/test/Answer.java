package dev.polyfn.test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one target answered, decoded from its provider's response shape. For HTTP: the status, Content-Type, the
 * headers and the body. For an event: whether it was processed ({@code status} 2xx) or failed for redelivery
 * ({@code status} the problem's status where the provider's answer tells it, else 500), the function's result as
 * body when the provider returns one.
 *
 * @param status      the HTTP status, or the event's outcome as a status
 * @param contentType the Content-Type, or null when the target has none
 * @param headers     response headers, names in lower case
 * @param body        the body bytes (base64 already decoded)
 */
public record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {

    public Answer {
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A response header by name, any case, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
