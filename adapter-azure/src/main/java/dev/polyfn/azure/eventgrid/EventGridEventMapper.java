package dev.polyfn.azure.eventgrid;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.StorageObjectEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.polyfn.core.rules.EnvelopeLimits;

/**
 * One Event Grid event (Event Grid schema or CloudEvents 1.0 schema) as a portable event.
 *
 * <p>Example: {@code Microsoft.Storage.BlobCreated} with subject
 * {@code /blobServices/default/containers/uploads/blobs/a b.pdf}, {@code data.contentLength} 1024 and
 * {@code data.contentType} {@code application/pdf} becomes
 * {@code StorageObjectEvent("uploads", "a b.pdf", 1024, "application/pdf", "Microsoft.Storage.BlobCreated")};
 * other event types become {@code PubSubMessage(id, data as JSON bytes, {eventType, subject}, topic)}.
 * An event that is not a JSON object throws {@link IllegalArgumentException}.
 */
final class EventGridEventMapper {

    private static final Pattern BLOB_SUBJECT = Pattern.compile("^/blobServices/default/containers/([^/]+)/blobs/(.+)$");
    private static final Pattern BLOB_URL = Pattern.compile("^https?://[^/]+/([^/?]+)/([^?]+)");

    private EventGridEventMapper() {
    }

    static Object toPortable(ObjectMapper json, EnvelopeLimits limits, String event) {
        JsonNode node = read(limits, event);
        String type = text(node, "eventType", "type");
        String subject = text(node, "subject");
        JsonNode data = node.path("data");
        if (type != null && type.startsWith("Microsoft.Storage.Blob")) {
            String[] blob = blob(subject, text(data, "url"));
            return new StorageObjectEvent(blob[0], blob[1], data.path("contentLength").asLong(0),
                    text(data, "contentType"), type);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (type != null) {
            attributes.put("eventType", type);
        }
        if (subject != null) {
            attributes.put("subject", subject);
        }
        byte[] payload = data.isMissingNode() || data.isNull() ? new byte[0]
                : data.isString() ? data.asString().getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(data);
        return new PubSubMessage(text(node, "id"), payload, attributes, text(node, "topic", "source"));
    }

    private static JsonNode read(EnvelopeLimits limits, String event) {
        try {
            JsonNode node = event == null ? null : limits.read(event);
            if (node != null && node.isArray() && node.size() == 1) {
                node = node.get(0);
            }
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Event Grid event is not a JSON object.");
            }
            return node;
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Event Grid event is not readable JSON.");
        }
    }

    private static String[] blob(String subject, String url) {
        Matcher bySubject = subject == null ? null : BLOB_SUBJECT.matcher(subject);
        if (bySubject != null && bySubject.matches()) {
            return new String[] {bySubject.group(1), bySubject.group(2)};
        }
        Matcher byUrl = url == null ? null : BLOB_URL.matcher(url);
        if (byUrl != null && byUrl.find()) {
            return new String[] {byUrl.group(1), URLDecoder.decode(byUrl.group(2).replace("+", "%2B"),
                    StandardCharsets.UTF_8)};
        }
        throw new IllegalArgumentException("Event Grid blob event names no container and blob.");
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isString() && !node.path(name).asString().isBlank()) {
                return node.path(name).asString();
            }
        }
        return null;
    }
}
