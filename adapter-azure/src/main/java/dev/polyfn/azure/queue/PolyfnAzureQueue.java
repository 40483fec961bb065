package dev.polyfn.azure.queue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.AzureTriggerMetadata;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.QueueMessage;

/**
 * The body of a Queue Storage-triggered {@code @FunctionName} method: one message becomes the input of the bean
 * fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("processPayment-queue")
 * public void processPayment(@QueueTrigger(name = "message", queueName = "%PAYMENTS_QUEUE%",
 *         connection = "AzureWebJobsStorage") String message, @BindingName("Id") String id,
 *         @BindingName("DequeueCount") long dequeueCount, @BindingName("InsertionTime") String insertionTime,
 *         ExecutionContext context) {
 *     PolyfnAzureQueue.handle(message, id, dequeueCount, insertionTime, context);
 * }
 * }</pre>
 * A function taking {@link QueueMessage} gets {@code QueueMessage(Id, body, {DequeueCount, InsertionTime}, null)};
 * any other input type gets the body converted like an HTTP body without Content-Type (JSON, or text for
 * {@code String}). A message that cannot be read, fails validation or makes the function fail throws
 * {@link AzureInvocationException}: nothing is swallowed, the host retries the message and after
 * {@code maxDequeueCount} attempts moves it to the {@code <queue>-poison} queue. The host lets a JSON message's own
 * top-level properties override trigger metadata of the same name in any case: a message {@code {"id":"x"}}
 * arrives with {@code Id} {@code x}.
 */
public final class PolyfnAzureQueue {

    private PolyfnAzureQueue() {
    }

    /** Runs a text message with its id only. */
    public static PortableResponse handle(String message, String messageId, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), bytes(message), messageId, Map.of(), context);
    }

    /** Runs a text message with the metadata Queue Storage gives every message. */
    public static PortableResponse handle(String message, String messageId, long dequeueCount, String insertionTime,
            ExecutionContext context) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("DequeueCount", Long.toString(dequeueCount));
        if (insertionTime != null) {
            attributes.put("InsertionTime", AzureTriggerMetadata.text(insertionTime));
        }
        return handle(PolyfnAzure.shared(), bytes(message), messageId, attributes, context);
    }

    /** Runs a message (text as UTF-8, or bound as bytes with {@code dataType = "binary"}), for a given application. */
    public static PortableResponse handle(PolyfnAzure app, byte[] message, String messageId,
            Map<String, String> attributes, ExecutionContext context) {
        return app.deliver(context, () -> {
            if (message == null) {
                throw new IllegalArgumentException("Azure function '" + context.getFunctionName()
                        + "' received no queue message body.");
            }
            QueueMessage event = new QueueMessage(AzureTriggerMetadata.text(messageId), message, attributes, null);
            return PortableRequest.event(event).body(message).context(app.context(context)).build();
        });
    }

    private static byte[] bytes(String message) {
        return message == null ? null : message.getBytes(StandardCharsets.UTF_8);
    }
}
