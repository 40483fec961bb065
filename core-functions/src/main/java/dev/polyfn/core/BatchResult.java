package dev.polyfn.core;

import java.util.List;
import java.util.Map;

/**
 * The per-record outcome of a queue batch. Adapters render it in their provider's shape, e.g. SQS
 * {@code {"batchItemFailures":[{"itemIdentifier":"<id>"}]}}.
 *
 * @param failedIds ids of the records that failed (or were not processed), in batch order; empty when all succeeded
 * @param problems  the answer (a problem) of each record that ran and failed, by id; records held back or left
 *                  unrun by the deadline have none. For platforms that fail a whole batch with one message (Azure
 *                  Event Hubs) and name its cause.
 */
public record BatchResult(List<String> failedIds, Map<String, PortableResponse> problems) {

    public BatchResult {
        failedIds = List.copyOf(failedIds);
        problems = problems == null ? Map.of() : Map.copyOf(problems);
    }

    public BatchResult(List<String> failedIds) {
        this(failedIds, Map.of());
    }

    public boolean allSucceeded() {
        return failedIds.isEmpty();
    }
}
