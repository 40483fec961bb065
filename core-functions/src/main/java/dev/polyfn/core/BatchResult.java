package dev.polyfn.core;

import java.util.List;

/**
 * The per-record outcome of a queue batch. Adapters render it in their provider's shape, e.g. SQS
 * {@code {"batchItemFailures":[{"itemIdentifier":"<id>"}]}}.
 *
 * @param failedIds ids of the records that failed (or were not processed), in batch order; empty when all succeeded
 */
public record BatchResult(List<String> failedIds) {

    public BatchResult {
        failedIds = List.copyOf(failedIds);
    }

    public boolean allSucceeded() {
        return failedIds.isEmpty();
    }
}
