package dev.polyfn.azure.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.azure.functions.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One invocation payload under {@code src/test/resources/events/azure/}, in the shape Microsoft documents for what
 * the Functions host sends a worker: {@code {"Data": {<binding>: value}, "Metadata": {<trigger metadata>}}}
 * (see the README there). Hands out the values the Java worker would bind to an {@code @FunctionName} method.
 */
public final class AzureInvocationFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode root;

    private AzureInvocationFixture(JsonNode root) {
        this.root = root;
    }

    /** Loads {@code events/azure/<name>} from the class path. */
    public static AzureInvocationFixture load(String name) {
        try (InputStream in = AzureInvocationFixture.class.getClassLoader().getResourceAsStream("events/azure/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture events/azure/" + name);
            }
            return new AzureInvocationFixture(JSON.readTree(in));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binding's value as the worker binds it to a {@code String} parameter (JSON values as JSON text). */
    public String data(String binding) {
        return text(root.path("Data").path(binding));
    }

    /** A trigger metadata value as bound by {@code @BindingName} to a {@code String} parameter. */
    public String metadata(String name) {
        return text(root.path("Metadata").path(name));
    }

    /** The HTTP request of binding {@code binding} ({@code Url}, {@code Method}, {@code Query}, {@code Headers}, {@code Body}). */
    public TestHttpRequestMessage httpRequest(String binding) {
        JsonNode req = root.path("Data").path(binding);
        Map<String, String> headers = new LinkedHashMap<>();
        req.path("Headers").properties().forEach(h -> headers.put(h.getKey(),
                h.getValue().isArray() ? String.join(",", h.getValue().valueStream().map(JsonNode::asString).toList())
                        : h.getValue().asString()));
        Map<String, String> query = new LinkedHashMap<>();
        req.path("Query").properties().forEach(q -> query.put(q.getKey(), q.getValue().asString()));
        String body = text(req.path("Body"));
        return new TestHttpRequestMessage(HttpMethod.value(req.path("Method").asString()),
                URI.create(req.path("Url").asString()), headers, query,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** An Event Hubs batch fixture ({@code Data.messages}, {@code Metadata.SystemPropertiesArray} ...) as the host fires it. */
    public HostInvocation.Trigger eventHubBatch() {
        JsonNode partition = root.path("Metadata").path("PartitionContext");
        java.util.List<HostStreamTriggers.HubEvent> events = new java.util.ArrayList<>();
        JsonNode messages = root.path("Data").path("messages");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode system = root.path("Metadata").path("SystemPropertiesArray").path(i);
            Map<String, Object> properties = JSON.convertValue(root.path("Metadata").path("PropertiesArray").path(i),
                    new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
            events.add(new HostStreamTriggers.HubEvent(text(messages.get(i)).getBytes(StandardCharsets.UTF_8),
                    system.path("SequenceNumber").asLong(), system.path("Offset").asLong(),
                    system.path("PartitionKey").asString(null),
                    java.time.OffsetDateTime.parse(system.path("EnqueuedTimeUtc").asString()), properties));
        }
        return HostStreamTriggers.eventHubs(partition.path("EventHubName").asString(), partition.path("PartitionId").asString(),
                events);
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isString() ? node.asString() : JSON.writeValueAsString(node);
    }
}
