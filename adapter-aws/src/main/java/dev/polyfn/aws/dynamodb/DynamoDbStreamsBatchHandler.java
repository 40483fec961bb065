package dev.polyfn.aws.dynamodb;

import java.util.Map;
import java.util.function.Supplier;

import dev.polyfn.aws.internal.BatchItemFailures;
import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.SequenceBatch;
import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ChangeKind;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the function once per DynamoDB Streams record, in shard order, and stops at the first failure, which it
 * reports by {@code SequenceNumber} so Lambda retries the shard from that record. The function receives a
 * {@link ChangeEvent}, or its own type read from the {@code NewImage} as plain JSON. A record whose images are not
 * valid attribute-value JSON fails, alone, with a 400 problem.
 *
 * <p>Example: an {@code INSERT} with {@code NewImage {"paymentId":{"S":"p-1"},"orderId":{"S":"o-1"},
 * "amount":{"N":"10.00"}}} reaches a {@code Payment} function as {@code {"paymentId":"p-1","orderId":"o-1",
 * "amount":10.00}}; a batch where record {@code 222} fails answers
 * {@code {"batchItemFailures":[{"itemIdentifier":"222"}]}}. Never throws for a failing record.
 */
public final class DynamoDbStreamsBatchHandler {

    private final Supplier<ObjectMapper> json;

    /** @param json the runtime's mapper, built when the first record's item is written as the function's input */
    public DynamoDbStreamsBatchHandler(Supplier<ObjectMapper> json) {
        this.json = json;
    }

    public ObjectNode handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        SequenceBatch batch = new SequenceBatch();
        for (JsonNode record : event.path("Records")) {
            JsonNode dynamodb = record.path("dynamodb");
            String sequenceNumber = dynamodb.path("SequenceNumber").asString("");
            ChangeEvent change;
            try {
                change = new ChangeEvent("aws:dynamodb", EnvelopeReader.text(record, "eventSourceARN"),
                        kind(EnvelopeReader.text(record, "eventName")),
                        orEmpty(DynamoDbAttributeValues.item(dynamodb.path("Keys"))),
                        DynamoDbAttributeValues.item(dynamodb.path("NewImage")),
                        DynamoDbAttributeValues.item(dynamodb.path("OldImage")), sequenceNumber,
                        EnvelopeReader.epochSeconds(dynamodb.path("ApproximateCreationDateTime")));
            }
            catch (IllegalArgumentException e) {
                batch.addUndecodable(sequenceNumber, PortableRequest.builder().context(context).build(),
                        "DynamoDB Streams record " + sequenceNumber + ": " + e.getMessage() + ".");
                continue;
            }
            byte[] body = change.newImage() == null ? new byte[0] : json.get().writeValueAsBytes(change.newImage());
            batch.add(sequenceNumber, PortableRequest.event(change).contentType("application/json").body(body)
                .context(context).build());
        }
        return BatchItemFailures.firstFailed(batch.run(invoker));
    }

    /** {@code INSERT} / {@code MODIFY} / {@code REMOVE}; anything else is not a DynamoDB Streams record. */
    private static ChangeKind kind(String eventName) {
        if (eventName == null) {
            throw new IllegalArgumentException("eventName is missing");
        }
        return switch (eventName) {
            case "INSERT" -> ChangeKind.CREATED;
            case "MODIFY" -> ChangeKind.UPDATED;
            case "REMOVE" -> ChangeKind.DELETED;
            default -> throw new IllegalArgumentException("eventName '" + eventName + "' is not INSERT, MODIFY or"
                    + " REMOVE");
        };
    }

    private static Map<String, Object> orEmpty(Map<String, Object> keys) {
        return keys == null ? Map.of() : keys;
    }
}
