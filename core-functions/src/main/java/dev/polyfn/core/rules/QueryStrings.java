package dev.polyfn.core.rules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a raw query string becomes parameters, on every target that sees it raw (HTTP API and Function URL
 * {@code rawQueryString}, ALB's still-encoded values, Cloud Functions, the local web app).
 *
 * <p>Lenient, never an error: {@code +} is a space, each valid {@code %XX} escape is a byte, bytes are read as
 * UTF-8 with an invalid sequence replaced by U+FFFD, and a {@code %} not followed by two hex digits stays as it was
 * sent. Lenient because a query string is not the function's input (only the body is): a function that does not
 * read {@code x} must not fail because {@code x=%zz}, and the platforms that decode before Polyfn sees the query
 * (API Gateway REST, the Azure Functions host) are lenient the same way, so a 400 could never hold on them.
 *
 * <p>Example: {@code a=1&a=2&q=a%20b+c&x=%zz&y=%E0%A4%A} gives {@code a=[1, 2], q=[a b c], x=[%zz], y=[\uFFFD%A]};
 * a name without {@code =} gets the empty value.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** The parameters of a raw query string (without the leading {@code ?}); null or empty gives none. */
    public static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        String text = raw.startsWith("?") ? raw.substring(1) : raw;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Decodes every name and value of parameters that arrive still encoded (ALB). */
    public static Map<String, List<String>> decodeAll(Map<String, List<String>> encoded) {
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        encoded.forEach((name, values) -> decoded.computeIfAbsent(decode(name), k -> new ArrayList<>())
            .addAll(values.stream().map(QueryStrings::decode).toList()));
        return decoded;
    }

    /** One encoded name or value, decoded by the rule above. */
    public static String decode(String component) {
        if (component == null || component.isEmpty()) {
            return "";
        }
        if (component.indexOf('%') < 0 && component.indexOf('+') < 0) {
            return component;
        }
        StringBuilder out = new StringBuilder(component.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < component.length()) {
            char c = component.charAt(i);
            if (c == '%' && i + 2 < component.length() && hex(component.charAt(i + 1)) >= 0
                    && hex(component.charAt(i + 2)) >= 0) {
                bytes.write(hex(component.charAt(i + 1)) * 16 + hex(component.charAt(i + 2)));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c == '+' ? ' ' : c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
