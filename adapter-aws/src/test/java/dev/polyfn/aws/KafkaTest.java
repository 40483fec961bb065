package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.StreamRecord;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kafka (MSK and self-managed) runs only for a function that declares a Kafka trigger; otherwise the event fails
 * with a problem naming its source and saying how to declare one, and never reaches the function.
 */
class KafkaTest {

    private static PolyfnRuntime declared;

    @BeforeAll
    static void start() {
        declared = PolyfnRuntime.start(Map.of(
                PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION + "," + AwsTestFunctions.class.getName(),
                "spring.cloud.function.definition", "recordPayment",
                "polyfn.functions.recordPayment.kafka.topic", "payments"));
    }

    @AfterAll
    static void stop() {
        declared.close();
    }

    @BeforeEach
    void clear() {
        AwsTestFunctions.RECORDED.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka-msk-payments.json", "kafka-self-managed-payments.json"})
    void anUndeclaredKafkaEventFailsWithAProblemNamingItsSource(String fixture) {
        String source = Fixtures.tree(fixture).path("eventSource").asString();
        assertThatThrownBy(() -> TestHandlers.invoke("recordPayment", Fixtures.bytes(fixture)))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                JsonNode problem = Fixtures.read(e.getMessage().getBytes());
                assertThat(problem.path("detail").asString()).contains(source,
                        "polyfn.functions.recordPayment.kafka.topic=");
            });
        assertThat(AwsTestFunctions.RECORDED).isEmpty();
    }

    @Test
    void anUndeclaredKafkaEventIsNotBoundEvenIntoAStringFunction() {
        assertThatThrownBy(() -> TestHandlers.invoke("uppercase", Fixtures.bytes("kafka-msk-payments.json")))
            .isInstanceOf(FunctionErrorException.class).hasMessageContaining("aws:kafka");
    }

    @Test
    void aDeclaredFunctionRunsEveryRecordOfEveryPartition() {
        JsonNode out = Fixtures.read(invoke(Fixtures.bytes("kafka-msk-payments.json")));
        assertThat(out.path("batchItemFailures")).isEmpty();
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1", "p-3");
    }

    @Test
    void aStreamRecordCarriesTopicPartitionOffsetKeyAndHeaders() {
        AwsTestFunctions.EVENTS.clear();
        try (PolyfnRuntime runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                AwsTestFunctions.class.getName(), "spring.cloud.function.definition", "recordStream",
                "polyfn.functions.recordStream.kafka.topic", "payments"))) {
            invoke(runtime, Fixtures.bytes("kafka-msk-payments.json"));
        }
        StreamRecord first = (StreamRecord) AwsTestFunctions.EVENTS.get(0);
        assertThat(first.source()).isEqualTo("aws:kafka");
        assertThat(first.stream()).isEqualTo("payments");
        assertThat(first.partition()).isEqualTo("0");
        assertThat(first.sequenceNumber()).isEqualTo("15");
        assertThat(first.partitionKey()).isEqualTo("o-1");
        assertThat(first.attributes()).containsEntry("tenant", "acme").containsEntry("traceparent", "00-abc-01");
        assertThat(first.arrivalTime()).isEqualTo(Instant.ofEpochMilli(1795442400138L));
        assertThat(first.dataAsString()).contains("\"paymentId\":\"p-1\"");
        assertThat(((StreamRecord) AwsTestFunctions.EVENTS.get(1)).partition()).isEqualTo("1");
    }

    @Test
    void aFailedRecordStopsTheBatchAndFailsTheInvocationWithItsProblem() {
        assertThatThrownBy(() -> invoke(Fixtures.bytes("kafka-self-managed-payments.json")))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1", "p-2");
    }

    @Test
    void aValueThatIsNotBase64FailsWithAProblemNamingTheRecord() {
        assertThatThrownBy(() -> invoke(Fixtures.bytes("kafka-bad-base64.json")))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("payments-0@15", "base64");
            });
        assertThat(AwsTestFunctions.RECORDED).isEmpty();
    }

    private static byte[] invoke(byte[] payload) {
        return invoke(declared, payload);
    }

    private static byte[] invoke(PolyfnRuntime runtime, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PolyfnHandler(runtime).handleRequest(new ByteArrayInputStream(payload), out,
                    new TestLambdaContext("kafka-test"));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
