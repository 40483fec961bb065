package dev.polyfn.azure.eventhubs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.azure.AzureTriggerMetadata;
import dev.polyfn.core.StreamRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.polyfn.core.rules.EnvelopeLimits;

/**
 * One Event Hubs batch as the host sends it (event bodies, plus the {@code SystemPropertiesArray},
 * {@code PropertiesArray} and {@code PartitionContext} trigger metadata as JSON) as {@link StreamRecord}s in order.
 *
 * <p>Example: two events of partition {@code 0} of hub {@code payments} with system properties
 * {@code {"SequenceNumber":17,"Offset":"4294969856","PartitionKey":"o-1","EnqueuedTimeUtc":"2026-11-23T14:30:00Z"}}
 * become {@code StreamRecord("azure:eventhubs", "payments", "0", "o-1", "17", "4294969856", <body>, 2026-11-23T14:30:00Z,
 * <application properties as text>)}. Metadata that is not JSON, or that does not hold one entry per event, throws
 * {@link IllegalArgumentException}.
 */
final class EventHubsBatchMapper {

    static final String SOURCE = "azure:eventhubs";

    private EventHubsBatchMapper() {
    }

    static List<StreamRecord> toRecords(ObjectMapper json, EnvelopeLimits limits, byte[][] events,
            String systemPropertiesArray, String propertiesArray, String partitionContext) {
        if (events == null) {
            throw new IllegalArgumentException("Event Hubs batch has no events.");
        }
        JsonNode system = array(json, limits, systemPropertiesArray, "SystemPropertiesArray", events.length);
        JsonNode properties = array(json, limits, propertiesArray, "PropertiesArray", events.length);
        JsonNode partition = object(json, limits, partitionContext, "PartitionContext");
        List<StreamRecord> records = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            JsonNode sys = system.path(i);
            if (text(sys.path("SequenceNumber")) == null) {
                throw new IllegalArgumentException("Event Hubs SystemPropertiesArray names no SequenceNumber for event "
                        + (i + 1) + " of " + events.length + ".");
            }
            records.add(new StreamRecord(SOURCE, text(partition.path("EventHubName")), text(partition.path("PartitionId")),
                    text(sys.path("PartitionKey")), text(sys.path("SequenceNumber")), text(sys.path("Offset")),
                    events[i], AzureTriggerMetadata.time(sys.path("EnqueuedTimeUtc"), "Event Hubs EnqueuedTimeUtc"),
                    attributes(properties.path(i))));
        }
        return records;
    }

    private static JsonNode array(ObjectMapper json, EnvelopeLimits limits, String value, String name, int events) {
        JsonNode node = read(json, limits, value, name);
        if (node.isMissingNode()) {
            return json.createArrayNode();
        }
        if (!node.isArray() || node.size() != events) {
            throw new IllegalArgumentException("Event Hubs " + name + " metadata does not hold one entry per event.");
        }
        return node;
    }

    private static JsonNode object(ObjectMapper json, EnvelopeLimits limits, String value, String name) {
        JsonNode node = read(json, limits, value, name);
        if (!node.isMissingNode() && !node.isObject()) {
            throw new IllegalArgumentException("Event Hubs " + name + " metadata is not a JSON object.");
        }
        return node;
    }

    private static JsonNode read(ObjectMapper json, EnvelopeLimits limits, String value, String name) {
        if (value == null || value.isBlank()) {
            return json.missingNode();
        }
        try {
            return limits.read(value);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Event Hubs " + name + " metadata is not JSON.");
        }
    }

    private static Map<String, String> attributes(JsonNode properties) {
        Map<String, String> attributes = new LinkedHashMap<>();
        properties.properties().forEach(p -> {
            if (!p.getValue().isNull()) {
                attributes.put(p.getKey(), p.getValue().isString() ? p.getValue().asString()
                        : AzureTriggerMetadata.text(p.getValue().toString()));
            }
        });
        return attributes;
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
