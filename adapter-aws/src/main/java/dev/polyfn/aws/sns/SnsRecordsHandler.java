package dev.polyfn.aws.sns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.EventResults;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PubSubMessage;
import tools.jackson.databind.JsonNode;

/**
 * Runs the function once per SNS record, as a {@link PubSubMessage} (a function of another type gets the message
 * text converted to its input, as an HTTP body would be).
 *
 * <p>Example: a record with {@code "Message":"{\"paymentId\":\"p-1\",...}"} calls {@code processPayment} with that
 * payment. SNS invokes asynchronously and cannot take per-record results: every record is processed, then, if any
 * failed or the deadline left it unprocessed, a {@link dev.polyfn.aws.FunctionErrorException} makes the invocation fail so Lambda retries it (functions
 * behind SNS should be idempotent, or use an on-failure destination / DLQ).
 */
public final class SnsRecordsHandler {

    private final EventResults results;

    public SnsRecordsHandler(EventResults results) {
        this.results = results;
    }

    public byte[] handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        List<PortableRequest> records = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            PubSubMessage message = message(record.path("Sns"));
            records.add(PortableRequest.event(message).body(message.data()).context(context).build());
        }
        return results.all(invoker.invokeAll(records));
    }

    /** {@code {"MessageId":"..","Message":"..","MessageAttributes":{"k":{"Type":"String","Value":"v"}},"TopicArn":".."}}. */
    static PubSubMessage message(JsonNode sns) {
        Map<String, String> attributes = new LinkedHashMap<>();
        sns.path("MessageAttributes").properties().forEach(a -> {
            String value = EnvelopeReader.text(a.getValue(), "Value");
            if (value != null) {
                attributes.put(a.getKey(), value);
            }
        });
        String text = EnvelopeReader.text(sns, "Message");
        return new PubSubMessage(EnvelopeReader.text(sns, "MessageId"),
                text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), attributes,
                EnvelopeReader.text(sns, "TopicArn"));
    }
}
