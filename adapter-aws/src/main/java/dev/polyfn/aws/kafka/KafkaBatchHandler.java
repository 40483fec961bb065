package dev.polyfn.aws.kafka;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.EventResults;
import dev.polyfn.aws.internal.BatchItemFailures;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.StreamRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the function once per Kafka record, topic-partition by topic-partition in offset order, as Lambda delivers
 * them ({@code "records":{"payments-0":[{"topic":"payments","partition":0,"offset":15,"key":"<base64>",
 * "value":"<base64>","headers":[{"h":[104,105]}]}]}}, AWS Lambda developer guide, "Using Lambda with Amazon MSK").
 * The first failing record (a function failure, or a record whose key, value or headers cannot be decoded: a 400
 * problem) stops the batch and fails the invocation with its problem, a Lambda function error: Lambda retries the
 * whole batch (records before it run again) up to the mapping's retry limits, then sends it to its on-failure
 * destination.
 *
 * <p>Example: two valid payment records answer {@code {"batchItemFailures":[]}}; a record with amount 0 throws
 * {@code FunctionErrorException} with status 400 and the records after it are not run.
 */
public final class KafkaBatchHandler {

    private final EventResults results;

    public KafkaBatchHandler(EventResults results) {
        this.results = results;
    }

    public ObjectNode handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        String source = event.path("eventSource").asString("");
        for (Map.Entry<String, JsonNode> partition : event.path("records").properties()) {
            for (JsonNode record : partition.getValue()) {
                PortableResponse response = run(source, partition.getKey(), record, context, invoker);
                if (!response.isSuccess()) {
                    results.single(response); // throws: a Lambda function error carrying the problem
                }
            }
        }
        return BatchItemFailures.firstFailed(java.util.Optional.empty());
    }

    private static PortableResponse run(String source, String topicPartition, JsonNode record,
            InvocationContext context, PolyfnInvoker invoker) {
        String offset = record.path("offset").asString("");
        StreamRecord stream;
        try {
            byte[] value = base64(record.path("value"), "value");
            byte[] key = base64(record.path("key"), "key");
            stream = new StreamRecord(source, EnvelopeReader.text(record, "topic"),
                    record.path("partition").asString(null), key == null ? null : text(key), offset, null,
                    value, timestamp(record.path("timestamp")), headers(record.path("headers")));
        }
        catch (IllegalArgumentException e) {
            return invoker.reject(PortableRequest.builder().context(context).build(), 400,
                    "Kafka record " + topicPartition + "@" + offset + ": " + e.getMessage() + ".");
        }
        return invoker.invoke(PortableRequest.event(stream).body(stream.data()).context(context).build());
    }

    private static byte[] base64(JsonNode value, String field) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(value.asString(""));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its " + field + " is not valid base64");
        }
    }

    /** {@code [{"h":[104,105]}]} (each value a list of signed bytes) -> {@code {h=hi}}. */
    private static Map<String, String> headers(JsonNode headers) {
        Map<String, String> text = new LinkedHashMap<>();
        for (JsonNode header : headers) {
            header.properties().forEach(h -> {
                JsonNode values = h.getValue();
                if (!values.isArray()) {
                    throw new IllegalArgumentException("header '" + h.getKey() + "' is not a byte array");
                }
                byte[] bytes = new byte[values.size()];
                for (int i = 0; i < bytes.length; i++) {
                    JsonNode b = values.get(i);
                    if (!b.isIntegralNumber() || b.asInt() < -128 || b.asInt() > 255) {
                        throw new IllegalArgumentException("header '" + h.getKey() + "' is not a byte array");
                    }
                    bytes[i] = (byte) b.asInt();
                }
                text.put(h.getKey(), text(bytes));
            });
        }
        return text;
    }

    /** UTF-8 text as it is; other bytes (e.g. an Avro key) as base64, so no record is refused for its key. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e) {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    private static Instant timestamp(JsonNode millis) {
        return millis.canConvertToLong() ? Instant.ofEpochMilli(millis.asLong()) : null;
    }
}
