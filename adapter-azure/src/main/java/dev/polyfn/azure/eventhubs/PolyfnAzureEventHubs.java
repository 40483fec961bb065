package dev.polyfn.azure.eventhubs;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureBatches;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.BatchResult;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.StreamRecord;

/**
 * The body of an Event Hubs-triggered {@code @FunctionName} method: one batch of one partition, run record by record
 * in order through the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("processPayment-eventhub")
 * @ExponentialBackoffRetry(maxRetryCount = 5, minimumInterval = "00:00:04", maximumInterval = "00:15:00")
 * public void processPayments(@EventHubTrigger(name = "messages", eventHubName = "%PAYMENTS_HUB%",
 *         connection = "EventHubConnection", dataType = "binary", cardinality = Cardinality.MANY) byte[][] messages,
 *         @BindingName("SystemPropertiesArray") String systemProperties,
 *         @BindingName("PropertiesArray") String properties, @BindingName("PartitionContext") String partition,
 *         ExecutionContext context) {
 *     PolyfnAzureEventHubs.handle(messages, systemProperties, properties, partition, context);
 * }
 * }</pre>
 * Bind the events as {@code byte[][]} ({@code dataType = "binary"}): the host leaves empty strings out of a string
 * batch, so text events could no longer be matched with their properties. A function taking {@link StreamRecord}
 * gets each record; any other input type gets the event body read as JSON. The first record that fails stops the
 * batch and fails the invocation ({@link AzureInvocationException} naming its sequence number and problem): the
 * host's retry policy runs the batch again, the records before it included (process them idempotently). Without a
 * retry policy, or once it gives up, the host checkpoints past the batch.
 */
public final class PolyfnAzureEventHubs {

    private PolyfnAzureEventHubs() {
    }

    public static BatchResult handle(byte[][] messages, String systemPropertiesArray, String propertiesArray,
            String partitionContext, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), messages, systemPropertiesArray, propertiesArray, partitionContext, context);
    }

    /** As {@link #handle(byte[][], String, String, String, ExecutionContext)}, for an application started by the caller. */
    public static BatchResult handle(PolyfnAzure app, byte[][] messages, String systemPropertiesArray,
            String propertiesArray, String partitionContext, ExecutionContext context) {
        return AzureBatches.deliver(app, context, () -> {
            List<BatchRecord> batch = new ArrayList<>();
            for (StreamRecord record : EventHubsBatchMapper.toRecords(app.json(), app.envelopeLimits(), messages, systemPropertiesArray,
                    propertiesArray, partitionContext)) {
                batch.add(new BatchRecord(record.sequenceNumber(), record.partition(), PortableRequest.event(record)
                    .body(record.data()).context(app.context(context)).build()));
            }
            return batch;
        });
    }
}
