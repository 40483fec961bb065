package dev.polyfn.core.testkit;

import java.nio.charset.StandardCharsets;

/**
 * What an adapter's provider response said, decoded back to status, content type and body.
 *
 * @param status      HTTP status (or the adapter's success/failure mapped to 2xx / the problem status)
 * @param contentType the Content-Type header, or null when there was none
 * @param body        the body bytes (base64 already decoded)
 */
public record Observed(int status, String contentType, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
