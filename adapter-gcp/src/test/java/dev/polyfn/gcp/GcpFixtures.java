package dev.polyfn.gcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the fixtures under {@code events/gcp/}: structured-mode CloudEvents and recorded HTTP requests. */
final class GcpFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GcpFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = GcpFixtures.class.getResourceAsStream("/events/gcp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/gcp/" + name);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A structured-mode CloudEvent, read with the SDK's JSON format. */
    static CloudEvent cloudEvent(String name) {
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        return format.deserialize(bytes(name));
    }

    /** A recorded HTTP request: method, path, query, headers and a JSON body. */
    static InMemoryHttpRequest httpRequest(String name) {
        JsonNode fixture = JSON.readTree(bytes(name));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        fixture.path("headers").properties().forEach(h -> headers.put(h.getKey(), List.of(h.getValue().stringValue())));
        return InMemoryHttpRequest.of(fixture.path("method").stringValue(), fixture.path("path").stringValue(),
                fixture.path("query").stringValue(null), headers, JSON.writeValueAsBytes(fixture.path("body")));
    }
}
