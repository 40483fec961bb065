package dev.polyfn.azure;

import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.BlobTrigger;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.cosmosdb.PolyfnAzureCosmosDb;
import dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid;
import dev.polyfn.azure.eventhubs.PolyfnAzureEventHubs;
import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.azure.servicebus.PolyfnAzureServiceBus;
import dev.polyfn.azure.timer.PolyfnAzureTimer;

/**
 * Ready-made Azure Functions entry points, one per trigger, for function apps without Azure classes of their own: a
 * function.json names {@code dev.polyfn.azure.PolyfnAzureFunctions.<method>} as its {@code entryPoint}, and the
 * Azure function's name picks the bean ({@code <bean>} or {@code <bean>-<trigger>}, see
 * {@link AzureFunctionSelection}). docs/azure.md ("Function apps without Azure classes") gives the layout.
 *
 * <p>Example: the folder {@code processPayment-queue/} with {@code "entryPoint":
 * "dev.polyfn.azure.PolyfnAzureFunctions.queue"} and a {@code queueTrigger} binding named {@code message} runs bean
 * {@code processPayment} for every message. The Java worker binds parameters by the {@code name} of their
 * annotation (the binding's {@code name} in function.json) and {@code @BindingName} trigger metadata; the other
 * annotation values here are placeholders, function.json rules. The worker also requires one method per name in
 * this class, so no method is overloaded. Failures behave as in the per-trigger classes
 * ({@link PolyfnAzureHttp}, {@link PolyfnAzureQueue}, ...).
 */
public class PolyfnAzureFunctions {

    /** {@code httpTrigger} binding {@code request} + {@code http} output {@code $return}. */
    public HttpResponseMessage http(@HttpTrigger(name = "request") HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    /** {@code queueTrigger} binding {@code message} (Queue Storage). */
    public void queue(@QueueTrigger(name = "message", queueName = "%queue%") String message,
            @BindingName("Id") String id, @BindingName("DequeueCount") long dequeueCount,
            @BindingName("InsertionTime") String insertionTime, ExecutionContext context) {
        PolyfnAzureQueue.handle(message, id, dequeueCount, insertionTime, context);
    }

    /** {@code serviceBusTrigger} binding {@code message} on a queue. */
    public void serviceBusQueue(@ServiceBusQueueTrigger(name = "message", queueName = "%queue%", connection = "%connection%")
            String message, @BindingName("MessageId") String messageId, @BindingName("DeliveryCount") int deliveryCount,
            @BindingName("ApplicationProperties") String applicationProperties, ExecutionContext context) {
        PolyfnAzureServiceBus.handle(message, messageId, deliveryCount, applicationProperties, context);
    }

    /** {@code serviceBusTrigger} binding {@code message} on a topic subscription. */
    public void serviceBusTopic(@ServiceBusTopicTrigger(name = "message", topicName = "%topic%",
            subscriptionName = "%subscription%", connection = "%connection%") String message,
            @BindingName("MessageId") String messageId, @BindingName("DeliveryCount") int deliveryCount,
            @BindingName("ApplicationProperties") String applicationProperties, ExecutionContext context) {
        PolyfnAzureServiceBus.handle(message, messageId, deliveryCount, applicationProperties, context);
    }

    /** {@code blobTrigger} binding {@code content} with {@code "dataType": "binary"}. */
    public void blob(@BlobTrigger(name = "content", path = "%path%", dataType = "binary") byte[] content,
            @BindingName("BlobTrigger") String blobPath, @BindingName("Properties") String properties,
            ExecutionContext context) {
        PolyfnAzureBlob.handle(content, blobPath, properties, context);
    }

    /** {@code eventGridTrigger} binding {@code event} (Event Grid or CloudEvents schema). */
    public void eventGrid(@EventGridTrigger(name = "event") String event, ExecutionContext context) {
        PolyfnAzureEventGrid.handle(event, context);
    }

    /** {@code eventHubTrigger} binding {@code messages} with {@code "cardinality": "many"} and {@code "dataType": "binary"}. */
    public void eventHub(@EventHubTrigger(name = "messages", eventHubName = "%hub%", connection = "%connection%",
            dataType = "binary", cardinality = Cardinality.MANY) byte[][] messages,
            @BindingName("SystemPropertiesArray") String systemPropertiesArray,
            @BindingName("PropertiesArray") String propertiesArray,
            @BindingName("PartitionContext") String partitionContext, ExecutionContext context) {
        PolyfnAzureEventHubs.handle(messages, systemPropertiesArray, propertiesArray, partitionContext, context);
    }

    /** {@code cosmosDBTrigger} binding {@code documents} (the change feed batch as one JSON array). */
    public void cosmosDb(@CosmosDBTrigger(name = "documents", databaseName = "%database%", containerName = "%container%",
            connection = "%connection%") String documents, ExecutionContext context) {
        PolyfnAzureCosmosDb.handle(documents, context);
    }

    /** {@code timerTrigger} binding {@code timerInfo}. */
    public void timer(@TimerTrigger(name = "timerInfo", schedule = "%schedule%") String timerInfo,
            ExecutionContext context) {
        PolyfnAzureTimer.handle(timerInfo, context);
    }
}
