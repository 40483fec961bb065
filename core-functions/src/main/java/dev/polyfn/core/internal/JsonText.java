package dev.polyfn.core.internal;

/**
 * Writes JSON strings by hand, for the few fixed-shape documents Polyfn writes on every invocation (problem bodies,
 * log lines), which must not wait for the JSON mapper to be built.
 */
public final class JsonText {

    private JsonText() {
    }

    /** Appends {@code value} as a JSON string (or {@code null}); control characters and U+2028/9 are escaped. */
    public static StringBuilder quote(StringBuilder json, String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    /** Appends {@code ,"name":value} with the value quoted as a string, or nothing when the value is null. */
    public static StringBuilder field(StringBuilder json, String name, String value) {
        if (value == null) {
            return json;
        }
        quote(json.append(','), name).append(':');
        return quote(json, value);
    }
}
