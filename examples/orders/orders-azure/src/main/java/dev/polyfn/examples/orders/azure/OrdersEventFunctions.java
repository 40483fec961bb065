package dev.polyfn.examples.orders.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.BlobTrigger;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid;
import dev.polyfn.azure.eventhubs.PolyfnAzureEventHubs;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.azure.timer.PolyfnAzureTimer;

/**
 * The orders functions on Azure's event triggers. Queue names, blob paths and schedules come from app settings
 * ({@code %PAYMENTS_QUEUE%}, {@code %UPLOADS_CONTAINER%}, {@code %NIGHTLY_SCHEDULE%}); each Azure function is named
 * {@code <bean>-<trigger>} (or the bean's name), which fixes the bean it runs.
 */
public class OrdersEventFunctions {

    /** One payment message per invocation; a failure throws, the host retries and then moves it to payments-poison. */
    @FunctionName("processPayment-queue")
    public void processPaymentFromQueue(@QueueTrigger(name = "message", queueName = "%PAYMENTS_QUEUE%",
            connection = "AzureWebJobsStorage") String message, @BindingName("Id") String messageId,
            @BindingName("DequeueCount") long dequeueCount, @BindingName("InsertionTime") String insertionTime,
            ExecutionContext context) {
        PolyfnAzureQueue.handle(message, messageId, dequeueCount, insertionTime, context);
    }

    /**
     * Payments from one Event Hubs partition, a batch at a time, in order. The first failing payment stops the batch
     * and fails the invocation; the retry policy runs the batch again (the payments before it too), then the host
     * checkpoints past it.
     */
    @FunctionName("processPayment-eventhub")
    @ExponentialBackoffRetry(maxRetryCount = 5, minimumInterval = "00:00:04", maximumInterval = "00:15:00")
    public void processPaymentsFromEventHub(@EventHubTrigger(name = "messages", eventHubName = "%PAYMENTS_HUB%",
            connection = "EventHubConnection", consumerGroup = "$Default", dataType = "binary",
            cardinality = Cardinality.MANY) byte[][] messages,
            @BindingName("SystemPropertiesArray") String systemProperties,
            @BindingName("PropertiesArray") String properties, @BindingName("PartitionContext") String partition,
            ExecutionContext context) {
        PolyfnAzureEventHubs.handle(messages, systemProperties, properties, partition, context);
    }

    /** Every new or updated blob in the uploads container. */
    @FunctionName("indexUpload-blob")
    public void indexUploadedBlob(@BlobTrigger(name = "content", path = "%UPLOADS_CONTAINER%/{name}",
            dataType = "binary", connection = "AzureWebJobsStorage") byte[] content,
            @BindingName("BlobTrigger") String blobPath, @BindingName("Properties") String properties,
            ExecutionContext context) {
        PolyfnAzureBlob.handle(content, blobPath, properties, context);
    }

    /** Blob Storage events from an Event Grid subscription: the blob's content is never loaded. */
    @FunctionName("indexUpload-eventgrid")
    public void indexUploadEvent(@EventGridTrigger(name = "event") String event, ExecutionContext context) {
        PolyfnAzureEventGrid.handle(event, context);
    }

    /** The nightly report, on the {@code NIGHTLY_SCHEDULE} NCRONTAB expression. */
    @FunctionName("nightlyReport")
    public void nightlyReport(@TimerTrigger(name = "timerInfo", schedule = "%NIGHTLY_SCHEDULE%") String timerInfo,
            ExecutionContext context) {
        PolyfnAzureTimer.handle(timerInfo, context);
    }
}
