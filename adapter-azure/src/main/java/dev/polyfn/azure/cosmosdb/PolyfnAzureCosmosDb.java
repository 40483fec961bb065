package dev.polyfn.azure.cosmosdb;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureBatches;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.PortableRequest;

/**
 * The body of a Cosmos DB-triggered {@code @FunctionName} method: one change feed batch, run document by document in
 * feed order through the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("processPayment-cosmosdb")
 * @FixedDelayRetry(maxRetryCount = 5, delayInterval = "00:00:10")
 * public void processPayments(@CosmosDBTrigger(name = "documents", databaseName = "orders", containerName = "payments",
 *         connection = "CosmosDBConnection", leaseContainerName = "leases", createLeaseContainerIfNotExists = true)
 *         String documents, ExecutionContext context) {
 *     PolyfnAzureCosmosDb.handle(documents, context);
 * }
 * }</pre>
 * A function taking {@link ChangeEvent} gets each change; any other input type gets the document read as JSON (its
 * system properties are unknown properties, ignored). The first document that fails stops the batch and fails the
 * invocation ({@link AzureInvocationException} naming its id and problem): the host's retry policy runs the batch
 * again, the documents before it included. Without a retry policy, or once it gives up, the lease moves past the
 * batch.
 */
public final class PolyfnAzureCosmosDb {

    private PolyfnAzureCosmosDb() {
    }

    public static BatchResult handle(String documents, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), documents, context);
    }

    /** As {@link #handle(String, ExecutionContext)}, for an application started by the caller. */
    public static BatchResult handle(PolyfnAzure app, String documents, ExecutionContext context) {
        return AzureBatches.deliver(app, context, () -> {
            List<BatchRecord> batch = new ArrayList<>();
            for (CosmosDbChangeMapper.Change change : CosmosDbChangeMapper.toChanges(app.json(), app.envelopeLimits(), documents)) {
                batch.add(new BatchRecord(change.id(), null, PortableRequest.event(change.event())
                    .contentType("application/json").body(change.document()).context(app.context(context)).build()));
            }
            return batch;
        });
    }
}
