package dev.polyfn.aws.sqs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.aws.internal.BatchItemFailures;
import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.core.BatchOrdering;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.QueueMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the function once per SQS record and reports exactly the records that failed, so Lambda deletes only what
 * was processed. On a FIFO queue (ARN ending in {@code .fifo}) a failure also fails, unprocessed, every later record
 * of its message group, keeping order within each group; other groups go on.
 *
 * <p>Example: records {@code m-1} (valid payment) and {@code m-2} (amount 0) answer
 * {@code {"batchItemFailures":[{"itemIdentifier":"m-2"}]}}; all valid answer {@code {"batchItemFailures":[]}}.
 * Never throws for a failing record.
 */
public final class SqsBatchHandler {

    public ObjectNode handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        List<BatchRecord> records = new ArrayList<>();
        boolean fifo = false;
        for (JsonNode record : event.path("Records")) {
            QueueMessage message = message(record);
            fifo |= message.source() != null && message.source().endsWith(".fifo");
            records.add(new BatchRecord(message.id(), EnvelopeReader.text(record.path("attributes"), "MessageGroupId"),
                    PortableRequest.event(message).body(message.body()).context(context).build()));
        }
        BatchResult result = invoker.invokeBatch(records, fifo ? BatchOrdering.PER_GROUP : BatchOrdering.UNORDERED);
        return BatchItemFailures.of(result.failedIds());
    }

    /** {@code {"messageId":"m-1","body":"...","messageAttributes":{"k":{"stringValue":"v"}}}} -> QueueMessage. */
    static QueueMessage message(JsonNode record) {
        Map<String, String> attributes = new LinkedHashMap<>();
        record.path("messageAttributes").properties().forEach(a -> {
            String value = EnvelopeReader.text(a.getValue(), "stringValue");
            if (value != null) {
                attributes.put(a.getKey(), value);
            }
        });
        String body = EnvelopeReader.text(record, "body");
        return new QueueMessage(record.path("messageId").asString(""),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), attributes,
                EnvelopeReader.text(record, "eventSourceARN"));
    }
}
