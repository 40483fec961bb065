package dev.polyfn.azure.servicebus;

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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The body of a Service Bus queue- or topic-triggered {@code @FunctionName} method: one message becomes the input of
 * the bean fixed for that Azure function, as a {@link QueueMessage} whose attributes are the message's application
 * properties plus {@code DeliveryCount}.
 * <pre>{@code
 * @FunctionName("processPayment-servicebus")
 * public void processPayment(@ServiceBusQueueTrigger(name = "message", queueName = "%PAYMENTS_QUEUE%",
 *         connection = "ServiceBusConnection") String message, @BindingName("MessageId") String messageId,
 *         @BindingName("DeliveryCount") int deliveryCount,
 *         @BindingName("ApplicationProperties") String applicationProperties, ExecutionContext context) {
 *     PolyfnAzureServiceBus.handle(message, messageId, deliveryCount, applicationProperties, context);
 * }
 * }</pre>
 * {@code ApplicationProperties} arrives as JSON ({@code {"tenant":"t-1","priority":5}}): each property becomes an
 * attribute as text. Properties that are not a JSON object fail the invocation with a 400 problem. A failure throws
 * {@link AzureInvocationException}: Service Bus redelivers the message until {@code maxDeliveryCount}, then moves it
 * to the dead-letter queue.
 */
public final class PolyfnAzureServiceBus {

    private PolyfnAzureServiceBus() {
    }

    public static PortableResponse handle(String message, String messageId, int deliveryCount,
            String applicationProperties, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), message, messageId, deliveryCount, applicationProperties, context);
    }

    /** As {@link #handle(String, String, int, String, ExecutionContext)}, for an application started by the caller. */
    public static PortableResponse handle(PolyfnAzure app, String message, String messageId, int deliveryCount,
            String applicationProperties, ExecutionContext context) {
        return app.deliver(context, () -> {
            if (message == null) {
                throw new IllegalArgumentException("Azure function '" + context.getFunctionName()
                        + "' received no Service Bus message body.");
            }
            Map<String, String> attributes = attributes(app, applicationProperties);
            attributes.put("DeliveryCount", Integer.toString(deliveryCount));
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            QueueMessage event = new QueueMessage(AzureTriggerMetadata.text(messageId), body, attributes, null);
            return PortableRequest.event(event).body(body).context(app.context(context)).build();
        });
    }

    private static Map<String, String> attributes(PolyfnAzure app, String applicationProperties) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (applicationProperties == null || applicationProperties.isBlank()) {
            return attributes;
        }
        JsonNode properties;
        try {
            properties = app.json().readTree(applicationProperties);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Service Bus ApplicationProperties metadata is not JSON.");
        }
        if (!properties.isObject()) {
            throw new IllegalArgumentException("Service Bus ApplicationProperties metadata is not a JSON object.");
        }
        properties.properties().forEach(p -> {
            if (!p.getValue().isNull()) {
                attributes.put(p.getKey(), p.getValue().isString() ? p.getValue().asString()
                        : AzureTriggerMetadata.text(p.getValue().toString()));
            }
        });
        return attributes;
    }
}
