package dev.polyfn.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A message delivered from a topic: SNS, Event Grid / Service Bus topic, or Google Pub/Sub.
 *
 * <p>Example: a Pub/Sub message with base64 data {@code eyJhIjoxfQ==} becomes a {@code PubSubMessage} whose
 * {@code data} is the decoded bytes {@code {"a":1}}. A function taking another type receives {@code data} converted
 * to it, as an HTTP body would be.
 *
 * @param id         the provider's message id
 * @param data       the decoded payload
 * @param attributes message attributes (SNS message attributes, Pub/Sub attributes)
 * @param topic      the topic name or ARN, or null
 */
public record PubSubMessage(String id, byte[] data, Map<String, String> attributes, String topic) {

    public PubSubMessage {
        data = data == null ? new byte[0] : data;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
