package dev.polyfn.gcp.internal;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.rules.EnvelopeLimits;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON object Google puts in a CloudEvent's data (a Pub/Sub push envelope, a Cloud Storage object).
 *
 * <p>Example: data {@code {"message":{"data":"eyJhIjoxfQ=="},"subscription":"s"}} gives that object as a tree.
 * Data that is missing, not JSON, or not a JSON object throws {@link ProblemException} (400), because such an
 * envelope can never be processed, however often it is redelivered.
 *
 * <p>Envelopes are Google's, not the caller's: they are read under core's one envelope limit policy
 * ({@link EnvelopeLimits}), the same as every adapter's. The decoded payload then meets core's limits like any
 * body (413 above the body limit, the JSON limits when it is bound).
 */
public final class GcpEventDataReader {

    private final EnvelopeLimits limits;

    public GcpEventDataReader(PolyfnProperties properties) {
        this.limits = new EnvelopeLimits(properties);
    }

    public JsonNode object(CloudEvent event, String what) {
        byte[] data = bytes(event);
        JsonNode tree;
        try {
            tree = data.length == 0 ? null : limits.read(data);
        }
        catch (JacksonException e) {
            throw new ProblemException(400, "The " + what + " event data is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(400, "The " + what + " event data must be a JSON object.");
        }
        return tree;
    }

    /** The event's data bytes, empty when it has none. */
    public static byte[] bytes(CloudEvent event) {
        CloudEventData data = event.getData();
        return data == null ? new byte[0] : data.toBytes();
    }

    /** A string member, or null when it is absent or not a string. */
    public static String text(JsonNode node, String name) {
        JsonNode member = node.path(name);
        return member.isString() ? member.stringValue() : null;
    }
}
