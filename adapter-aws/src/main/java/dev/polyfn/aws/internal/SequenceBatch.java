package dev.polyfn.aws.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.polyfn.core.BatchOrdering;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;

/**
 * The records of one ordered stream partition (a Kinesis or DynamoDB Streams shard, a Kafka topic-partition), in
 * order, some of which the adapter could not even decode (bad base64, bad attribute-value JSON). Runs them with
 * {@link BatchOrdering#SEQUENCE}: records run in order until the first failure, decoding failures included, and
 * nothing after it runs.
 *
 * <p>Example: records {@code 1} (valid), {@code 2} (bad base64), {@code 3} (valid) run {@code 1}, answer {@code 2}
 * with a 400 problem (logged with the request id) and report {@code Optional.of("2")}; {@code 3} is not run.
 */
public final class SequenceBatch {

    private final List<BatchRecord> decoded = new ArrayList<>();
    private BatchRecord undecodable;
    private String undecodableDetail;

    /** Adds a decoded record; ignored once an earlier record was undecodable (it will not run). */
    public void add(String id, PortableRequest request) {
        if (undecodable == null) {
            decoded.add(new BatchRecord(id, null, request));
        }
    }

    /** Adds a record that could not be decoded, with the detail of its 400 problem. */
    public void addUndecodable(String id, PortableRequest request, String detail) {
        if (undecodable == null) {
            undecodable = new BatchRecord(id, null, request);
            undecodableDetail = detail;
        }
    }

    /** Runs the records; the id of the first failed one, or empty when every record succeeded. */
    public Optional<String> run(PolyfnInvoker invoker) {
        BatchResult result = invoker.invokeBatch(decoded, BatchOrdering.SEQUENCE);
        if (!result.allSucceeded()) {
            return Optional.of(result.failedIds().get(0));
        }
        if (undecodable != null) {
            invoker.reject(undecodable.request(), 400, undecodableDetail);
            return Optional.of(undecodable.id());
        }
        return Optional.empty();
    }
}
