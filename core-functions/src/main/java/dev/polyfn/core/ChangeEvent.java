package dev.polyfn.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change of one item or document, from a database's change stream: DynamoDB Streams, Firestore document events,
 * the Azure Cosmos DB change feed. Images are plain JSON values ({@code String}, {@code BigDecimal}, {@code Boolean},
 * {@code List}, {@code Map}, null), already converted from the database's own encoding.
 *
 * <p>Example: the DynamoDB Streams record {@code {"eventName":"INSERT","dynamodb":{"Keys":{"paymentId":{"S":"p-1"}},
 * "NewImage":{"paymentId":{"S":"p-1"},"orderId":{"S":"o-1"},"amount":{"N":"10.00"}},"SequenceNumber":"111"}}}
 * becomes {@code ChangeEvent("aws:dynamodb", "arn:aws:dynamodb:...:table/payments/stream/...", CREATED,
 * {paymentId=p-1}, {paymentId=p-1, orderId=o-1, amount=10.00}, null, "111", <time>)}. A function taking
 * {@code ChangeEvent} receives it as it is (deletions too); a function taking its own type (e.g. a {@code Payment})
 * receives {@link #newImage()} bound to it, and a change without a new image (a deletion) fails for it with a 400
 * problem saying so.
 *
 * @param source         {@code aws:dynamodb}, {@code google.cloud.firestore}, {@code azure:cosmosdb}
 * @param resource       the table's stream ARN, the document's full name
 *                       ({@code projects/p/databases/(default)/documents/payments/p-1}), or the container
 * @param kind           what happened
 * @param keys           the item's key attributes (DynamoDB {@code Keys}), or the document id as {@code {"id": ...}}
 * @param newImage       the item after the change, or null (deletions, or a stream view without new images)
 * @param oldImage       the item before the change, or null (creations, or a stream view without old images)
 * @param sequenceNumber the change's position in its stream (DynamoDB sequence number), or null
 * @param time           when the change happened (approximately, as the source says), or null
 */
public record ChangeEvent(String source, String resource, ChangeKind kind, Map<String, Object> keys,
        Map<String, Object> newImage, Map<String, Object> oldImage, String sequenceNumber, Instant time) {

    public ChangeEvent {
        keys = keys == null ? Map.of() : readOnly(keys);
        newImage = newImage == null ? null : readOnly(newImage);
        oldImage = oldImage == null ? null : readOnly(oldImage);
    }

    // JSON images may hold nulls, which Map.copyOf refuses
    private static Map<String, Object> readOnly(Map<String, Object> image) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(image));
    }
}
