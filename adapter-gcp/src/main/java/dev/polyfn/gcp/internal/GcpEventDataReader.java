package dev.polyfn.gcp.internal;

import dev.polyfn.core.ProblemException;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the JSON object Google puts in a CloudEvent's data (a Pub/Sub push envelope, a Cloud Storage object).
 *
 * <p>Example: data {@code {"message":{"data":"eyJhIjoxfQ=="},"subscription":"s"}} gives that object as a tree.
 * Data that is missing, not JSON, or not a JSON object throws {@link ProblemException} (400), because such an
 * envelope can never be processed, however often it is redelivered.
 */
public final class GcpEventDataReader {

    private final ObjectMapper json;

    public GcpEventDataReader(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode object(CloudEvent event, String what) {
        byte[] data = bytes(event);
        JsonNode tree;
        try {
            tree = data.length == 0 ? null : json.readTree(data);
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
