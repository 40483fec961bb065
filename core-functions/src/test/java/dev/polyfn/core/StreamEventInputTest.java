package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stream records and change events reach a function as the portable type, or as the function's own type read from
 * the payload (the record's data, the change's new image), never from the envelope's fields.
 */
class StreamEventInputTest {

    private static PolyfnRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION,
                "spring.cloud.function.definition", "processPayment"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void aPaymentFunctionReadsTheRecordsData() {
        StreamRecord record = record("{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}");
        assertThat(runtime.invoker().invoke(request(record, record.data())).status()).isEqualTo(202);
    }

    @Test
    void aRecordWithoutDataIsRejectedNotBoundFromItsFields() {
        // the record's own fields (partitionKey, sequenceNumber, ...) must not reach the Payment
        StreamRecord record = record("");
        PortableResponse response = runtime.invoker().invoke(request(record, record.data()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).contains("aws:kinesis record 42 has no data");
    }

    @Test
    void aStreamRecordFunctionGetsTheRecord() {
        StreamRecord record = record("hello");
        PortableResponse response = runtime.functions().invoker("streamRecord").invoke(request(record, record.data()));
        assertThat(response.bodyAsString()).contains("\"partitionKey\":\"o-1\"", "\"sequenceNumber\":\"42\"",
                "\"data\":\"hello\"");
    }

    @Test
    void aPaymentFunctionReadsTheNewImage() {
        ChangeEvent change = change(ChangeKind.CREATED, Map.of("paymentId", "p-1", "amount", 10));
        assertThat(runtime.invoker().invoke(request(change, "{\"paymentId\":\"p-1\",\"amount\":10}")).status())
            .isEqualTo(202);
    }

    @Test
    void aDeletionIsRejectedForAPaymentFunctionAndReachesAChangeEventFunction() {
        ChangeEvent deleted = change(ChangeKind.DELETED, null);
        PortableResponse rejected = runtime.invoker().invoke(request(deleted, ""));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.bodyAsString()).contains("has no new image", "as a change event").doesNotContain("dev.polyfn");
        PortableResponse received = runtime.functions().invoker("change").invoke(request(deleted, ""));
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.bodyAsString()).contains("\"kind\":\"DELETED\"", "\"keys\":{\"paymentId\":\"p-1\"}",
                "\"newImage\":null");
    }

    @Test
    void imagesKeepJsonNulls() {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("note", null);
        assertThat(change(ChangeKind.UPDATED, image).newImage()).containsEntry("note", null);
    }

    private static StreamRecord record(String data) {
        return new StreamRecord("aws:kinesis", "arn:aws:kinesis:eu-west-1:1:stream/payments", "shardId-0", "o-1",
                "42", null, data.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, Map.of());
    }

    private static ChangeEvent change(ChangeKind kind, Map<String, Object> newImage) {
        return new ChangeEvent("aws:dynamodb", "arn:aws:dynamodb:eu-west-1:1:table/payments/stream/x", kind,
                Map.of("paymentId", "p-1"), newImage, null, "111", Instant.EPOCH);
    }

    private static PortableRequest request(Object event, byte[] body) {
        return PortableRequest.event(event).body(body).build();
    }

    private static PortableRequest request(Object event, String body) {
        return request(event, body.getBytes(StandardCharsets.UTF_8));
    }
}
