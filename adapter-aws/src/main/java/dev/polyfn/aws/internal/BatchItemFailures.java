package dev.polyfn.aws.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partial batch response of SQS, Kinesis, DynamoDB Streams and Kafka with {@code ReportBatchItemFailures}
 * (AWS Lambda developer guide, "Handling errors for an SQS event source" and "Configuring partial batch response
 * with Kinesis Data Streams and Lambda"), as a JSON tree, so that answering a batch needs no JSON mapper.
 *
 * <p>Example: {@code of(List.of("m-2"))} -> {@code {"batchItemFailures":[{"itemIdentifier":"m-2"}]}}; none ->
 * {@code {"batchItemFailures":[]}}. For a stream the one identifier is the sequence number of the first failed
 * record, from which Lambda retries the shard.
 */
public final class BatchItemFailures {

    private BatchItemFailures() {
    }

    public static ObjectNode of(Collection<String> failedIds) {
        ObjectNode response = JsonTrees.object();
        ArrayNode failures = response.putArray("batchItemFailures");
        failedIds.forEach(id -> failures.addObject().put("itemIdentifier", id));
        return response;
    }

    public static ObjectNode firstFailed(Optional<String> firstFailed) {
        return of(firstFailed.map(List::of).orElse(List.of()));
    }
}
