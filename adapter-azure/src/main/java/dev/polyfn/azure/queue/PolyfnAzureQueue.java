package dev.polyfn.azure.queue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationContexts;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.QueueMessage;

/**
 * The body of a Queue Storage or Service Bus queue-triggered {@code @FunctionName} method: one message becomes the
 * input of the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("processPayment-queue")
 * public void processPayment(@QueueTrigger(name = "message", queueName = "%PAYMENTS_QUEUE%",
 *         connection = "AzureWebJobsStorage") String message, @BindingName("Id") String id, ExecutionContext context) {
 *     PolyfnAzureQueue.handle(message, id, context);
 * }
 * }</pre>
 * A function taking {@link QueueMessage} gets the message; any other input type gets the body converted like an
 * HTTP body without Content-Type (JSON, or text for {@code String}). A message that cannot be read, fails validation
 * or makes the function fail throws {@link AzureInvocationException}: nothing is swallowed, the host retries the
 * message and after {@code maxDequeueCount} attempts moves it to the {@code <queue>-poison} queue (Service Bus: the
 * dead-letter queue).
 */
public final class PolyfnAzureQueue {

    private PolyfnAzureQueue() {
    }

    /** Runs a text message (the usual Java binding); returns the answer of a function that has one. */
    public static PortableResponse handle(String message, String messageId, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), bytes(message), messageId, context);
    }

    /** Runs a message bound as bytes ({@code dataType = "binary"}). */
    public static PortableResponse handle(byte[] message, String messageId, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), message, messageId, context);
    }

    /** As {@link #handle(byte[], String, ExecutionContext)}, for an application started by the caller. */
    public static PortableResponse handle(PolyfnAzure app, byte[] message, String messageId, ExecutionContext context) {
        if (message == null) {
            throw new IllegalArgumentException("Azure function '" + context.getFunctionName()
                    + "' received no queue message body.");
        }
        QueueMessage event = new QueueMessage(messageId, message, Map.of(), null);
        PortableRequest request = PortableRequest.event(event)
            .body(message)
            .context(AzureInvocationContexts.of(context))
            .build();
        return app.deliver(request, context);
    }

    private static byte[] bytes(String message) {
        return message == null ? null : message.getBytes(StandardCharsets.UTF_8);
    }
}
