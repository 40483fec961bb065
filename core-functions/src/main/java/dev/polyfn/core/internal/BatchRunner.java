package dev.polyfn.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import dev.polyfn.core.BatchOrdering;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;

/**
 * Runs the records of one batch under the batch's deadline and decides which ones the platform must retry.
 *
 * <p>The records are cut into units run in order: each record alone ({@link BatchOrdering#UNORDERED}), each message
 * group ({@link BatchOrdering#PER_GROUP}), or the whole batch ({@link BatchOrdering#SEQUENCE}). Within a unit, a
 * failure leaves the rest of it not run (except for unordered records, each its own unit). With
 * {@code polyfn.batch.parallelism} above 1, up to that many units run at once; a sequence always runs alone. Once
 * the deadline has passed, no record starts: it is reported as failed, never acknowledged unprocessed.
 * Example: records {@code 1, 2, 3} of a stream where {@code 2} fails report {@code [2]}, and {@code 3} never runs.
 */
public final class BatchRunner {

    private enum Outcome { NOT_RUN, SUCCEEDED, FAILED }

    /** Runs one record under the batch's deadline (the invoker's own invocation, log line included). */
    @FunctionalInterface
    public interface RecordInvocation {
        PortableResponse invoke(PortableRequest request, Deadline deadline, String recordId);
    }

    private final int parallelism;

    public BatchRunner(int parallelism) {
        this.parallelism = parallelism;
    }

    public BatchResult run(List<BatchRecord> records, BatchOrdering ordering, Deadline deadline,
            RecordInvocation invoke) {
        Outcome[] outcomes = new Outcome[records.size()];
        PortableResponse[] failures = new PortableResponse[records.size()];
        java.util.Arrays.fill(outcomes, Outcome.NOT_RUN);
        List<List<Integer>> units = units(records, ordering);
        int workers = ordering == BatchOrdering.SEQUENCE ? 1 : Math.min(parallelism, units.size());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int u; (u = next.getAndIncrement()) < units.size();) {
                for (int index : units.get(u)) {
                    if (deadline.hasPassed()) {
                        break;
                    }
                    BatchRecord record = records.get(index);
                    PortableResponse response = invoke.invoke(record.request(), deadline, record.id());
                    boolean ok = response.isSuccess();
                    outcomes[index] = ok ? Outcome.SUCCEEDED : Outcome.FAILED;
                    if (!ok) {
                        failures[index] = response;
                        break;
                    }
                }
            }
        };
        if (workers <= 1) {
            worker.run();
        }
        else {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(CompletableFuture.runAsync(worker, DeadlineRunner.executor()));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
        return result(records, outcomes, failures, ordering);
    }

    /** Runs every record (SNS, S3: the event fails as a whole) and answers 504 for those the deadline left unrun. */
    public List<PortableResponse> runAll(List<PortableRequest> requests, Deadline deadline, RecordInvocation invoke) {
        List<PortableResponse> responses = new ArrayList<>(requests.size());
        for (PortableRequest request : requests) {
            responses.add(deadline.hasPassed() ? notRun(deadline) : invoke.invoke(request, deadline, null));
        }
        return responses;
    }

    private static PortableResponse notRun(Deadline deadline) {
        return new Problems().response(504, "Gateway Timeout", "Record not processed: "
                + deadline.exceeded().detail(), List.of(), PortableRequest.builder().build());
    }

    private static List<List<Integer>> units(List<BatchRecord> records, BatchOrdering ordering) {
        List<List<Integer>> units = new ArrayList<>();
        if (ordering == BatchOrdering.SEQUENCE) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                all.add(i);
            }
            units.add(all);
        }
        else if (ordering == BatchOrdering.PER_GROUP) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < records.size(); i++) {
                groups.computeIfAbsent(String.valueOf(records.get(i).group()), g -> new ArrayList<>()).add(i);
            }
            units.addAll(groups.values());
        }
        else {
            for (int i = 0; i < records.size(); i++) {
                units.add(List.of(i));
            }
        }
        return units;
    }

    private static BatchResult result(List<BatchRecord> records, Outcome[] outcomes, PortableResponse[] failures,
            BatchOrdering ordering) {
        List<String> failed = new ArrayList<>();
        Map<String, PortableResponse> problems = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != Outcome.SUCCEEDED) {
                failed.add(records.get(i).id());
                if (failures[i] != null) {
                    problems.putIfAbsent(String.valueOf(records.get(i).id()), failures[i]);
                }
                if (ordering == BatchOrdering.SEQUENCE) {
                    break;
                }
            }
        }
        return new BatchResult(failed, problems);
    }
}
