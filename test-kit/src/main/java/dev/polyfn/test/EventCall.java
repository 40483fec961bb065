package dev.polyfn.test;

import java.nio.charset.StandardCharsets;

/**
 * An event, as any cloud delivers its kind: a queue message (SQS, Azure Queue Storage, Pub/Sub push), a topic
 * notification (SNS, Pub/Sub through Eventarc), a stored object (S3, Cloud Storage, Azure blob) or a stream record
 * (Kinesis). Each target wraps it in its own provider's envelope.
 *
 * <p>Example: {@code EventCall.message("{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10}")};
 * {@code EventCall.object("uploads", "a b.pdf", 1024, "application/pdf")}.
 *
 * @param kind        what the event is
 * @param payload     the message's or record's body (empty for an object)
 * @param bucket      the object's bucket or container (objects only)
 * @param key         the object's key or blob name (objects only)
 * @param size        the object's size in bytes (objects only)
 * @param contentType the object's content type, or null (objects only)
 */
public record EventCall(Kind kind, byte[] payload, String bucket, String key, long size, String contentType) {

    /** The kinds of event a scenario can send. */
    public enum Kind { MESSAGE, NOTIFICATION, OBJECT, STREAM_RECORD }

    public EventCall {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    public static EventCall message(String body) {
        return new EventCall(Kind.MESSAGE, body.getBytes(StandardCharsets.UTF_8), null, null, 0, null);
    }

    public static EventCall notification(String body) {
        return new EventCall(Kind.NOTIFICATION, body.getBytes(StandardCharsets.UTF_8), null, null, 0, null);
    }

    public static EventCall streamRecord(String data) {
        return new EventCall(Kind.STREAM_RECORD, data.getBytes(StandardCharsets.UTF_8), null, null, 0, null);
    }

    public static EventCall object(String bucket, String key, long size, String contentType) {
        return new EventCall(Kind.OBJECT, new byte[0], bucket, key, size, contentType);
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return kind == Kind.OBJECT ? "object " + bucket + "/" + key : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
