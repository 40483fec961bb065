package dev.polyfn.gcp.internal;

import dev.polyfn.core.ProblemException;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON object Google puts in a CloudEvent's data (a Pub/Sub push envelope, a Cloud Storage object).
 *
 * <p>Example: data {@code {"message":{"data":"eyJhIjoxfQ=="},"subscription":"s"}} gives that object as a tree.
 * Data that is missing, not JSON, or not a JSON object throws {@link ProblemException} (400), because such an
 * envelope can never be processed, however often it is redelivered.
 *
 * <p>Envelopes are Google's, not the caller's: they are read with their own bounds, sized so that a payload up to
 * the body limit fits once base64-encoded (4/3 larger) with its metadata. The decoded payload then meets core's
 * limits like any body (413 above the body limit, the JSON limits when it is bound).
 */
public final class GcpEventDataReader {

    private static final long ENVELOPE_OVERHEAD_BYTES = 1024 * 1024;

    private final ObjectMapper json;

    public GcpEventDataReader(long maxBodyBytes) {
        long maxEnvelope = Math.min(Integer.MAX_VALUE, maxBodyBytes / 3 * 4 + 4 + ENVELOPE_OVERHEAD_BYTES);
        this.json = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(maxEnvelope)
                    .maxStringLength((int) maxEnvelope)
                    .maxNestingDepth(32)
                    .build())
                .build())
            .build();
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
