package dev.polyfn.azure;

import java.util.List;
import java.util.function.Supplier;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.core.BatchOrdering;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;

/**
 * Runs a batch of one ordered source (an Event Hubs partition, a Cosmos DB lease's documents) record by record and
 * stops at the first failure ({@link BatchOrdering#SEQUENCE}): the records before it are processed, the ones after
 * it are not. Then the whole invocation fails with {@link AzureInvocationException}, naming the record and carrying
 * its problem, so the host's retry policy runs the batch again; an undecodable batch fails with a 400 problem the
 * same way.
 *
 * <p>Example: payments {@code 1041, 1042, 1043} where {@code 1042} has amount 0 fail with
 * "record 1042 (2 of 3) failed: amount: must be greater than 0; the 1 before it were processed, the 1 after it were not".
 */
public final class AzureBatches {

    private AzureBatches() {
    }

    /** @param decode the records, identified by their position in the source (sequence number, document id) */
    public static BatchResult deliver(PolyfnAzure app, ExecutionContext context, Supplier<List<BatchRecord>> decode) {
        PolyfnInvoker invoker;
        try {
            invoker = app.invoker(context.getFunctionName());
        }
        catch (AzureStartupException e) {
            throw new AzureInvocationException(context.getFunctionName(), "not started", 500, e.getMessage());
        }
        List<BatchRecord> records;
        try {
            records = decode.get();
        }
        catch (IllegalArgumentException unreadable) {
            invoker.reject(PortableRequest.builder().context(app.context(context)).build(), 400, unreadable.getMessage());
            throw new AzureInvocationException(context.getFunctionName(), invoker.functionName(), 400,
                    unreadable.getMessage());
        }
        BatchResult result = invoker.invokeBatch(records, BatchOrdering.SEQUENCE);
        if (result.allSucceeded()) {
            return result;
        }
        String failed = result.failedIds().get(0);
        PortableResponse problem = result.problems().get(failed);
        int before = 0;
        while (before < records.size() && !failed.equals(records.get(before).id())) {
            before++;
        }
        throw new AzureInvocationException(context.getFunctionName(), invoker.functionName(),
                problem == null ? 504 : problem.status(), "record " + failed + " (" + (before + 1) + " of "
                        + records.size() + ") failed: " + (problem == null ? "not processed within the deadline"
                                : app.problemDetail(problem)) + "; the " + before + " before it were processed, the "
                        + (records.size() - before - 1) + " after it were not");
    }
}
