package dev.polyfn.aws.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;


/**
 * Request bodies of the HTTP event shapes: text as UTF-8 bytes, {@code isBase64Encoded} bodies decoded.
 *
 * <p>Example: {@code decode("aGk=", true)} gives the bytes of {@code hi}; {@code decode("%%%", true)} throws.
 */
public final class HttpBodies {

    private HttpBodies() {
    }

    /**
     * The request body bytes.
     * @throws UndecodableBodyException when {@code base64} is set and the body is not valid base64
     */
    public static byte[] decode(String body, boolean base64) {
        if (body == null) {
            return new byte[0];
        }
        if (!base64) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body);
        }
        catch (IllegalArgumentException e) {
            throw new UndecodableBodyException("The request body is marked isBase64Encoded but is not valid base64.");
        }
    }
}
