package dev.polyfn.aws.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.ProblemException;
import dev.polyfn.core.rules.EnvelopeLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Lambda invocation payload into a JSON tree (no JSON mapper needed), under core's one envelope limit policy
 * ({@link EnvelopeLimits}: any body core would accept fits, base64 or escaped). Bodies are checked against core's
 * own limits (413 over the body limit) when core reads them, so an oversized HTTP body still gets its proxy-shaped
 * problem answer.
 *
 * <p>Example: {@code read(bytes)} of an API Gateway event gives its tree; of {@code not json} gives null (the
 * payload is then treated as a direct invocation and core answers it).
 */
public final class EnvelopeReader {

    private final EnvelopeLimits limits;

    public EnvelopeReader(EnvelopeLimits limits) {
        this.limits = limits;
    }

    /** The payload's tree, or null when it is not a JSON document within the envelope limits. */
    public JsonNode read(byte[] payload) {
        try {
            return limits.read(payload);
        }
        catch (JacksonException e) {
            return null;
        }
    }

    /**
     * A text field, or null when absent or JSON null.
     * @throws ProblemException (400) when it is an object or an array: no AWS service sends that
     */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : scalar(value, field);
    }

    /** The text of a string, number or boolean; 400 for an object or array where the event has a value. */
    public static String scalar(JsonNode value, String field) {
        if (value.isContainer()) {
            throw new ProblemException(400, "The event's '" + printable(field) + "' is not a text value.");
        }
        return value.asString();
    }

    private static String printable(String field) {
        String clipped = field.length() > 60 ? field.substring(0, 60) + "..." : field;
        return clipped.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** Seconds since the epoch, with a fraction: {@code 1545084650.987} -> that instant; absent or not a number -> null. */
    public static Instant epochSeconds(JsonNode seconds) {
        if (!seconds.isNumber() || !Double.isFinite(seconds.asDouble())) {
            return null; // 1E400 reads as an infinite double, which has no decimal value (found by fuzzing)
        }
        BigDecimal value = seconds.decimalValue();
        try {
            return Instant.ofEpochSecond(value.toBigInteger().longValueExact(),
                    value.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        catch (ArithmeticException | java.time.DateTimeException e) {
            return null; // not a time any record can have
        }
    }

    /** {@code {"a":"1"}} -> {@code {a=[1]}}; absent or null -> empty. */
    public static Map<String, List<String>> singleValued(JsonNode object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        object.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(scalar(e.getValue(), e.getKey()));
            }
        });
        return values;
    }

    /** {@code {"a":["1","2"]}} -> {@code {a=[1, 2]}}; absent or null -> empty. */
    public static Map<String, List<String>> multiValued(JsonNode object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        object.properties().forEach(e -> {
            List<String> list = values.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            e.getValue().forEach(v -> {
                if (!v.isNull()) {
                    list.add(scalar(v, e.getKey()));
                }
            });
        });
        return values;
    }
}
