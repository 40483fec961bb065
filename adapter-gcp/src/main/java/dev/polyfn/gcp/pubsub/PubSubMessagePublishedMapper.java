package dev.polyfn.gcp.pubsub;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.gcp.internal.GcpEventDataReader;
import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;

/**
 * Decodes a Pub/Sub {@code messagePublished} CloudEvent, whose data is the push envelope
 * {@code {"message":{"data":base64,"attributes":{..},"messageId":..,"publishTime":..},"subscription":..}}.
 *
 * <p>Example: data {@code eyJwYXltZW50SWQiOiJwLTEifQ==} from topic {@code projects/p/topics/payments} becomes
 * {@code PubSubMessage(id, {"paymentId":"p-1"}, attributes, "projects/p/topics/payments")} with the decoded bytes as
 * the body, so a {@code Consumer<Payment>} gets them as JSON. For a {@code ScheduleTick} function the message is a
 * Cloud Scheduler tick: time = the event time, name = attribute {@code scheduleName}, else the topic, else the
 * subscription. Bad base64, a missing {@code message} or non-string attributes throw {@link ProblemException} (400).
 */
public final class PubSubMessagePublishedMapper {

    private static final String TOPIC_SOURCE_PREFIX = "//pubsub.googleapis.com/";

    private final GcpEventDataReader data;

    public PubSubMessagePublishedMapper(GcpEventDataReader data) {
        this.data = data;
    }

    public PortableRequest toMessage(CloudEvent event, InvocationContext context) {
        JsonNode message = message(event);
        byte[] payload = decode(GcpEventDataReader.text(message, "data"));
        String id = firstText(message, "messageId", "message_id");
        PubSubMessage portable = new PubSubMessage(id, payload, attributes(message), topic(event));
        return PortableRequest.event(portable).body(payload).context(context).build();
    }

    public PortableRequest toScheduleTick(CloudEvent event, InvocationContext context) {
        JsonNode envelope = data.object(event, "Pub/Sub");
        JsonNode message = message(envelope);
        String name = attributes(message).get("scheduleName");
        if (name == null) {
            name = topic(event) != null ? shortName(topic(event)) : GcpEventDataReader.text(envelope, "subscription");
        }
        return PortableRequest.event(new ScheduleTick(time(event, message), name)).context(context).build();
    }

    private JsonNode message(CloudEvent event) {
        return message(data.object(event, "Pub/Sub"));
    }

    private static JsonNode message(JsonNode envelope) {
        JsonNode message = envelope.path("message");
        if (!message.isObject()) {
            throw new ProblemException(400, "The Pub/Sub event data has no message object.");
        }
        return message;
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(base64);
        }
        catch (IllegalArgumentException e) {
            throw new ProblemException(400, "The Pub/Sub message data is not valid base64.");
        }
    }

    private static Map<String, String> attributes(JsonNode message) {
        JsonNode node = message.path("attributes");
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return attributes;
        }
        if (!node.isObject()) {
            throw new ProblemException(400, "The Pub/Sub message attributes must be a JSON object.");
        }
        for (Map.Entry<String, JsonNode> attribute : node.properties()) {
            if (!attribute.getValue().isString()) {
                throw new ProblemException(400, "The Pub/Sub message attributes must have string values.");
            }
            attributes.put(attribute.getKey(), attribute.getValue().stringValue());
        }
        return attributes;
    }

    /** {@code //pubsub.googleapis.com/projects/p/topics/t} -> {@code projects/p/topics/t}. */
    private static String topic(CloudEvent event) {
        String source = event.getSource() == null ? null : event.getSource().toString();
        return source != null && source.startsWith(TOPIC_SOURCE_PREFIX) ? source.substring(TOPIC_SOURCE_PREFIX.length())
                : null;
    }

    private static String shortName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static Instant time(CloudEvent event, JsonNode message) {
        if (event.getTime() != null) {
            return event.getTime().toInstant();
        }
        String published = firstText(message, "publishTime", "publish_time");
        try {
            return published == null ? Instant.now() : Instant.parse(published);
        }
        catch (DateTimeParseException e) {
            throw new ProblemException(400, "The Pub/Sub message publishTime is not an RFC 3339 time.");
        }
    }

    private static String firstText(JsonNode node, String name, String alternative) {
        String value = GcpEventDataReader.text(node, name);
        return value != null ? value : GcpEventDataReader.text(node, alternative);
    }
}
