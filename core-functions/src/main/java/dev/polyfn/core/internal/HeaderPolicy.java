package dev.polyfn.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PortableRequest;

/**
 * Which headers cross the function boundary, both ways.
 *
 * <p>In: only allow-listed request headers reach the function, and routing headers
 * ({@code spring.cloud.function.definition}, {@code spring.cloud.function.routing-expression}, anything under
 * {@code spring.cloud.function.}) never do, even if allow-listed: a request can never choose or compose functions,
 * and no expression from input is ever evaluated (CVE-2022-22963). Too many or too large headers answer 431; a
 * compressed body ({@code Content-Encoding} other than identity) answers 415. The limits are checked first, and
 * count bytes as they travel (UTF-8), not characters: a header of 100 {@code é} is 200 bytes.
 * <p>Out: a function's response headers pass except content type (core sets it), hop-by-hop headers and internal
 * message headers.
 */
public final class HeaderPolicy {

    private static final String ROUTING_PREFIX = "spring.cloud.function.";
    private static final Set<String> NEVER_IN_RESPONSE = Set.of("content-type", "content-length", "transfer-encoding",
            "connection", "keep-alive", "upgrade", "id", "timestamp", "contenttype", "message-type", "scf-func-name");

    private final PolyfnProperties properties;

    public HeaderPolicy(PolyfnProperties properties) {
        this.properties = properties;
    }

    /** The request as the function may see it: allow-listed headers only; 431 when over the header limits. */
    public PortableRequest filter(PortableRequest request) {
        Map<String, List<String>> all = request.headers();
        if (all.isEmpty()) {
            return request;
        }
        int count = 0;
        long bytes = 0;
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : all.entrySet()) {
            for (String value : header.getValue()) {
                count++;
                bytes += utf8Length(header.getKey()) + utf8Length(value);
            }
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (properties.allowedHeaders().contains(name) && !name.startsWith(ROUTING_PREFIX)) {
                kept.put(name, List.copyOf(header.getValue()));
            }
        }
        if (count > properties.maxHeaderCount() || bytes > properties.maxHeaderBytes()) {
            throw new InvalidInputException(431, "Request has " + count + " header values (" + bytes
                    + " bytes); the limits are " + properties.maxHeaderCount() + " values and "
                    + properties.maxHeaderBytes() + " bytes.");
        }
        List<String> encoding = all.get("content-encoding");
        if (encoding != null && encoding.stream().anyMatch(e -> e != null && !e.isBlank()
                && !"identity".equalsIgnoreCase(e.trim()))) {
            throw new InvalidInputException(415, "Content-Encoding '" + encoding.get(0).replaceAll("[^\\x20-\\x7E]", "?")
                    + "' is not supported: send the body uncompressed.");
        }
        return new PortableRequest(request.method(), request.path(), request.query(), Map.copyOf(kept),
                request.contentType(), request.body(), request.event(), request.context());
    }

    /** The length of {@code text} in UTF-8, without encoding it (an unpaired surrogate counts as {@code ?}, 1 byte). */
    static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            }
            else if (c < 0x800) {
                bytes += 2;
            }
            else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            }
            else {
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }

    /** Response headers a function chose, minus those core owns and internal ones. */
    public Map<String, String> responseHeaders(Map<String, String> headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NEVER_IN_RESPONSE.contains(lower) && !lower.startsWith(ROUTING_PREFIX) && value != null
                    && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                kept.put(name, value);
            }
        });
        return kept;
    }
}
