package dev.polyfn.azure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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

    /**
     * A .NET date as the host's Newtonsoft writes it, with an offset (or Z), or without one: then UTC, the host's
     * default zone. {@code null} for a missing, null or blank value.
     *
     * @param value the JSON value holding the date
     * @param field what the value is, for the message of a date that is not ISO 8601
     * @throws IllegalArgumentException when the value is not an ISO 8601 date and time
     */
    public static Instant time(JsonNode value, String field) {
        if (!value.isString() || value.asString().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asString()).toInstant();
        }
        catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(value.asString()).toInstant(ZoneOffset.UTC);
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + " is not an ISO 8601 time.");
            }
        }
    }
}
