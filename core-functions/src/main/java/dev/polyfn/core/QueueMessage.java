package dev.polyfn.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One record of a queue batch: SQS, Azure Queue Storage / Service Bus queue, or a Pub/Sub push.
 *
 * <p>Example: an SQS record with messageId {@code 059f...} and body {@code {"paymentId":"p-1"}}. A function taking
 * another type receives the body converted to it; a failing record is reported by this id.
 *
 * @param id         the provider's message id, used to report a failure of this record alone
 * @param body       the message body
 * @param attributes message attributes
 * @param source     queue name or ARN, or null
 */
public record QueueMessage(String id, byte[] body, Map<String, String> attributes, String source) {

    public QueueMessage {
        body = body == null ? new byte[0] : body;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
