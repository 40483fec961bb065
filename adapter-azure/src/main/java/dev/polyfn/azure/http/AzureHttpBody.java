package dev.polyfn.azure.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP body as it reaches Java under the Azure Functions Java worker, back as bytes. The host sends the body of
 * {@code application/octet-stream} and {@code multipart/*} requests as bytes, which the worker turns into a
 * {@code String} with the JVM's default charset, and every other body as text it decoded as UTF-8 (whatever charset
 * the Content-Type names), with each invalid byte sequence replaced by U+FFFD. So the bytes are the text encoded
 * again with the same charset, exact unless a replacement happened: then the body is {@link #damaged()}, and each
 * U+FFFD becomes the byte 0xFF, which is never valid UTF-8, so core rejects the text as invalid UTF-8 wherever it
 * would read it (400), after its content type and size checks as on every other cloud.
 *
 * <p>Example: the text {@code "caf\uFFFD"} of an {@code application/json} request gives bytes
 * {@code 63 61 66 FF}, damaged. The host drops the body of a chunked request (azure-functions-host #7930): an empty
 * body with {@code Transfer-Encoding: chunked} is {@link #lost()}.
 *
 * @param bytes   the body bytes
 * @param damaged the text held U+FFFD, so the original bytes are not known
 * @param lost    the host dropped a chunked body
 */
record AzureHttpBody(byte[] bytes, boolean damaged, boolean lost) {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int NEVER_UTF8 = 0xFF;

    static AzureHttpBody of(String text, String contentType, Map<String, String> headers) {
        if (text == null || text.isEmpty()) {
            return new AzureHttpBody(new byte[0], false, isChunked(headers));
        }
        Charset charset = isSentAsBytes(contentType) ? Charset.defaultCharset() : StandardCharsets.UTF_8;
        if (text.indexOf(REPLACEMENT) < 0) {
            return new AzureHttpBody(text.getBytes(charset), false, false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int start = 0;
        for (int at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, start)) {
            out.writeBytes(text.substring(start, at).getBytes(charset));
            out.write(NEVER_UTF8);
            start = at + 1;
        }
        out.writeBytes(text.substring(start).getBytes(charset));
        return new AzureHttpBody(out.toByteArray(), true, false);
    }

    /** The host's rule (GrpcMessageConversionExtensions.PopulateBody): octet-stream and multipart go as bytes. */
    static boolean isSentAsBytes(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/octet-stream") || mediaType.contains("multipart/");
    }

    private static boolean isChunked(Map<String, String> headers) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if ("transfer-encoding".equalsIgnoreCase(header.getKey()) && header.getValue() != null
                    && header.getValue().toLowerCase(Locale.ROOT).contains("chunked")) {
                return true;
            }
        }
        return false;
    }
}
