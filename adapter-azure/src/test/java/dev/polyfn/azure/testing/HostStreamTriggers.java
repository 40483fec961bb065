package dev.polyfn.azure.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.azure.testing.HostTypedData.HostJson;
import dev.polyfn.azure.testing.HostTypedData.HostTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch triggers of streams and change feeds as the host fires them at a Java function: Event Hubs
 * ({@code cardinality: many}; the Event Hubs extension 5.x's {@code EventHubTriggerBindingStrategy} batch binding
 * data) and the Cosmos DB change feed (extension 4.x: the documents as one JSON array). Values are converted by
 * {@link HostTypedData#toRpc}: the bodies as a bytes collection, long arrays as sint64 collections, the rest as JSON.
 */
public final class HostStreamTriggers {

    private HostStreamTriggers() {
    }

    /** One Event Hubs event of a batch: its body and what the partition says about it. */
    public record HubEvent(byte[] body, long sequenceNumber, long offset, String partitionKey, OffsetDateTime enqueued,
            Map<String, Object> properties) {
    }

    /**
     * A batch of one Event Hubs partition for a {@code cardinality: many}, {@code dataType: binary} trigger: the
     * bodies as a bytes collection, and the Event Hubs extension's batch binding data ({@code PartitionContext},
     * {@code PartitionKeyArray}, {@code OffsetArray}, {@code SequenceNumberArray}, {@code EnqueuedTimeUtcArray},
     * {@code PropertiesArray}, {@code SystemPropertiesArray}, each system properties entry with the AMQP
     * {@code x-opt-*} annotations and the names {@code SequenceNumber}, {@code Offset}, {@code PartitionKey},
     * {@code EnqueuedTimeUtc}).
     */
    public static HostInvocation.Trigger eventHubs(String hub, String partitionId, List<HubEvent> events) {
        return (binding, capabilities) -> {
            Map<String, Object> partition = new LinkedHashMap<>();
            partition.put("ConsumerGroup", "$Default");
            partition.put("EventHubName", hub);
            partition.put("FullyQualifiedNamespace", "polyfn-orders.servicebus.windows.net");
            partition.put("PartitionId", partitionId);
            List<Map<String, Object>> system = new ArrayList<>();
            List<String> enqueued = new ArrayList<>();
            for (HubEvent event : events) {
                String time = HostTypedData.dotnetIso(new HostTime(event.enqueued(), false));
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("x-opt-sequence-number", event.sequenceNumber());
                properties.put("x-opt-offset", Long.toString(event.offset()));
                properties.put("x-opt-enqueued-time", time);
                if (event.partitionKey() != null) {
                    properties.put("x-opt-partition-key", event.partitionKey());
                }
                properties.put("SequenceNumber", event.sequenceNumber());
                properties.put("Offset", event.offset());
                properties.put("PartitionKey", event.partitionKey());
                properties.put("EnqueuedTimeUtc", time);
                system.add(properties);
                enqueued.add(time);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("PartitionContext", new HostJson(JsonMapper.shared().writeValueAsString(partition)));
            data.put("PartitionKeyArray", events.stream().map(HubEvent::partitionKey).toArray(String[]::new));
            data.put("OffsetArray", events.stream().mapToLong(HubEvent::offset).toArray());
            data.put("SequenceNumberArray", events.stream().mapToLong(HubEvent::sequenceNumber).toArray());
            data.put("EnqueuedTimeUtcArray", new HostJson(JsonMapper.shared().writeValueAsString(enqueued)));
            data.put("PropertiesArray", new HostJson(JsonMapper.shared().writeValueAsString(
                    events.stream().map(HubEvent::properties).toList())));
            data.put("SystemPropertiesArray", new HostJson(JsonMapper.shared().writeValueAsString(system)));
            byte[][] bodies = events.stream().map(HubEvent::body).toArray(byte[][]::new);
            return HostInvocation.of(binding, bodies, data, capabilities);
        };
    }

    /**
     * A Cosmos DB change feed batch: the documents as one JSON array string (what the Cosmos DB extension gives a
     * string-typed trigger), with no binding data of its own; the host's ApplyBindingData finds no JSON object in it.
     */
    public static HostInvocation.Trigger cosmosDb(String documentsJsonArray) {
        return (binding, capabilities) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            HostTypedData.applyBindingData(documentsJsonArray, data);
            return HostInvocation.of(binding, documentsJsonArray, data, capabilities);
        };
    }

}
