package dev.polyfn.aws.kinesis;

import java.util.Base64;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.SequenceBatch;
import dev.polyfn.aws.internal.BatchItemFailures;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.StreamRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the function once per Kinesis record, in shard order, and stops at the first failure, which it reports by
 * sequence number so Lambda retries the shard from that record (the records after it were not processed). A record
 * whose {@code data} is not base64 fails, alone, with a 400 problem.
 *
 * <p>Example: records {@code ...01} (valid payment), {@code ...02} (amount 0), {@code ...03} answer
 * {@code {"batchItemFailures":[{"itemIdentifier":"...02"}]}} and {@code ...03} is not run; all valid answer
 * {@code {"batchItemFailures":[]}}. Never throws for a failing record.
 */
public final class KinesisBatchHandler {

    public ObjectNode handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        SequenceBatch batch = new SequenceBatch();
        for (JsonNode record : event.path("Records")) {
            JsonNode kinesis = record.path("kinesis");
            String sequenceNumber = kinesis.path("sequenceNumber").asString("");
            byte[] data;
            try {
                data = Base64.getDecoder().decode(kinesis.path("data").asString(""));
            }
            catch (IllegalArgumentException e) {
                batch.addUndecodable(sequenceNumber, PortableRequest.builder().context(context).build(),
                        "Kinesis record " + sequenceNumber + " has data that is not valid base64.");
                continue;
            }
            StreamRecord stream = new StreamRecord("aws:kinesis", EnvelopeReader.text(record, "eventSourceARN"),
                    shardId(record), EnvelopeReader.text(kinesis, "partitionKey"), sequenceNumber, null, data,
                    EnvelopeReader.epochSeconds(kinesis.path("approximateArrivalTimestamp")), Map.of());
            batch.add(sequenceNumber, PortableRequest.event(stream).body(data).context(context).build());
        }
        return BatchItemFailures.firstFailed(batch.run(invoker));
    }

    /** {@code "eventID":"shardId-000000000006:4959..."} -> {@code shardId-000000000006}. */
    private static String shardId(JsonNode record) {
        String eventId = EnvelopeReader.text(record, "eventID");
        int colon = eventId == null ? -1 : eventId.indexOf(':');
        return colon < 0 ? null : eventId.substring(0, colon);
    }
}
