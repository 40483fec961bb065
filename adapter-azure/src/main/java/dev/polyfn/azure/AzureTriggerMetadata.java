package dev.polyfn.azure;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trigger metadata as the Java worker binds it to a {@code @BindingName} {@code String}: the host sends strings as
 * strings but every other value (numbers, dates, URIs) as JSON, so a date arrives as {@code "2026-11-23T02:00:00+00:00"}
 * with its quotes and a count as {@code 1}. This reads both back to plain text.
 *
 * <p>Example: {@code text("\"2026-11-23T02:00:00+00:00\"")} is {@code 2026-11-23T02:00:00+00:00};
 * {@code text("1")} is {@code 1}; {@code text("abc")} is {@code abc}.
 */
public final class AzureTriggerMetadata {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AzureTriggerMetadata() {
    }

    /** The metadata value as text; a JSON string literal loses its quotes and escapes, anything else stays. */
    public static String text(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        try {
            JsonNode node = JSON.readTree(value);
            return node.isString() ? node.asString() : value;
        }
        catch (JacksonException notJson) {
            return value;
        }
    }
}
