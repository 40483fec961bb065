package dev.polyfn.azure.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.polyfn.azure.testing.HostTypedData.HostJson;
import dev.polyfn.azure.testing.HostTypedData.HostTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The non-HTTP triggers as the host fires them at a Java function: the trigger value (a string unless the binding
 * says {@code dataType: binary}, per azure-webjobs-sdk {@code JobHostMetadataProvider.GetDefaultType}, which the host
 * calls from azure-functions-host {@code src/WebJobs.Script/Binding/GeneralScriptBindingProvider.cs}) and the binding
 * data each extension adds, then the host's own {@code Utility.ApplyBindingData} over a JSON string value (see
 * {@link HostTypedData}). Values are converted by {@link HostTypedData#toRpc}, so numbers and dates arrive as JSON
 * text.
 *
 * <p>Binding data followed: Storage Queues extension ({@code QueueTrigger}, {@code DequeueCount} long,
 * {@code ExpirationTime}, {@code Id}, {@code InsertionTime}, {@code NextVisibleTime} DateTimeOffset,
 * {@code PopReceipt}); Service Bus extension 5.x ({@code MessageId}, {@code DeliveryCount} int, {@code SequenceNumber}
 * long, {@code EnqueuedTimeUtc} / {@code ExpiresAtUtc} DateTime, {@code EnqueuedTime} / {@code ExpiresAt}
 * DateTimeOffset, {@code ContentType}, {@code CorrelationId}, {@code Subject} / {@code Label}, {@code LockToken},
 * {@code ApplicationProperties} / {@code UserProperties} dictionaries; null values are not sent, and the receiver and
 * message-actions objects are left out here); Storage Blobs extension ({@code BlobTrigger} "container/name",
 * {@code Uri}, {@code Properties} BlobProperties, {@code Metadata}, and the path's own parameters such as
 * {@code name}); Event Grid extension ({@code data}); Timers (azure-webjobs-sdk-extensions
 * {@code src/WebJobs.Extensions/Extensions/Timers/Bindings/TimerTriggerBinding.cs}: {@code TimerTrigger}, the
 * TimerInfo value serialised as {@code {"Schedule":...,"ScheduleStatus":...,"IsPastDue":...}}). Batches of streams
 * and change feeds: {@link HostStreamTriggers}.
 */
public final class HostTriggers {

    private static final DateTimeFormatter DOTNET_NOW = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

    private HostTriggers() {
    }

    /** A Queue Storage message (text, as the extension decodes it) on its {@code dequeueCount}-th delivery. */
    public static HostInvocation.Trigger queue(String message, String id, long dequeueCount, OffsetDateTime insertionTime) {
        return (binding, capabilities) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("QueueTrigger", message);
            data.put("DequeueCount", dequeueCount);
            data.put("ExpirationTime", new HostTime(insertionTime.plusDays(7), true));
            data.put("Id", id);
            data.put("InsertionTime", new HostTime(insertionTime, true));
            data.put("NextVisibleTime", new HostTime(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), true));
            data.put("PopReceipt", "AgAAAAMAAAAAAAAA" + Long.toHexString(System.nanoTime()));
            HostTypedData.applyBindingData(message, data);
            return HostInvocation.of(binding, message, data, capabilities);
        };
    }

    /** A Service Bus queue or topic-subscription message with a UTF-8 body. */
    public static HostInvocation.Trigger serviceBus(String body, String messageId, int deliveryCount,
            Map<String, Object> applicationProperties, String contentType) {
        return (binding, capabilities) -> {
            OffsetDateTime enqueued = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("DeliveryCount", deliveryCount);
            data.put("LockToken", UUID.randomUUID().toString());
            data.put("ExpiresAtUtc", new HostTime(enqueued.plusDays(14), false));
            data.put("ExpiresAt", new HostTime(enqueued.plusDays(14), true));
            data.put("EnqueuedTimeUtc", new HostTime(enqueued, false));
            data.put("EnqueuedTime", new HostTime(enqueued, true));
            data.put("MessageId", messageId);
            data.put("ContentType", contentType);
            data.put("SequenceNumber", 9_223_372_036_854_775L);
            data.put("ApplicationProperties", new HostJson(JsonMapper.shared().writeValueAsString(applicationProperties)));
            data.put("UserProperties", new HostJson(JsonMapper.shared().writeValueAsString(applicationProperties)));
            HostTypedData.applyBindingData(body, data);
            return HostInvocation.of(binding, body, data, capabilities);
        };
    }

    /**
     * A blob at {@code container/name} bound as {@code dataType: binary}, with the BlobProperties JSON the extension
     * serialises ({@code propertiesJson}) and the blob's metadata.
     */
    public static HostInvocation.Trigger blob(String container, String name, byte[] content, String propertiesJson,
            Map<String, String> metadata) {
        return (binding, capabilities) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("BlobTrigger", container + "/" + name);
            data.put("Uri", new HostJson("\"https://devstoreaccount1.blob.core.windows.net/" + container + "/" + name + "\""));
            data.put("Properties", new HostJson(propertiesJson));
            data.put("Metadata", new HostJson(JsonMapper.shared().writeValueAsString(metadata)));
            data.put("name", name);
            return HostInvocation.of(binding, content, data, capabilities);
        };
    }

    /** One Event Grid event (Event Grid schema or CloudEvents schema), delivered as its JSON text. */
    public static HostInvocation.Trigger eventGrid(String eventJson) {
        return (binding, capabilities) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            JsonNode event = readOrNull(eventJson);
            if (event != null && event.path("data").isObject()) {
                data.put("data", event.path("data"));
            }
            HostTypedData.applyBindingData(eventJson, data);
            return HostInvocation.of(binding, eventJson, data, capabilities);
        };
    }

    /** A timer firing; {@code timerInfoJson} is the TimerInfo as the host serialises it. */
    public static HostInvocation.Trigger timer(String timerInfoJson) {
        return (binding, capabilities) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("TimerTrigger", OffsetDateTime.now(ZoneOffset.UTC).format(DOTNET_NOW));
            HostTypedData.applyBindingData(timerInfoJson, data);
            return HostInvocation.of(binding, timerInfoJson, data, capabilities);
        };
    }

    /** Any trigger value with binding data given as is (for shapes not modelled above). */
    public static HostInvocation.Trigger raw(Object value, Map<String, Object> bindingData) {
        return (binding, capabilities) -> HostInvocation.of(binding, value, bindingData, capabilities);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode readOrNull(String json) {
        try {
            return json == null ? null : JsonMapper.shared().readTree(json);
        }
        catch (RuntimeException e) {
            return null;
        }
    }
}
