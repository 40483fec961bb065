package dev.polyfn.azure.eventhubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.core.StreamRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Event Hubs batches from documented metadata through {@link PolyfnAzureEventHubs} (end to end: orders-azure's ITs). */
class AzureEventHubsTriggerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachEventBecomesAStreamRecordWithItsPartitionAndPosition() {
        AzureInvocationFixture batch = AzureInvocationFixture.load("eventhubs-payments.json");

        List<StreamRecord> records = EventHubsBatchMapper.toRecords(JSON,
                new dev.polyfn.core.rules.EnvelopeLimits(dev.polyfn.core.PolyfnProperties.defaults()), bodies(batch),
                batch.metadata("SystemPropertiesArray"), batch.metadata("PropertiesArray"), batch.metadata("PartitionContext"));

        assertThat(records).hasSize(3);
        StreamRecord first = records.get(0);
        assertThat(first.source()).isEqualTo("azure:eventhubs");
        assertThat(first.stream()).isEqualTo("payments");
        assertThat(first.partition()).isEqualTo("3");
        assertThat(first.partitionKey()).isEqualTo("o-20");
        assertThat(first.sequenceNumber()).isEqualTo("1041");
        assertThat(first.offset()).isEqualTo("4294969856");
        assertThat(first.arrivalTime()).isEqualTo(Instant.parse("2026-11-23T14:40:00.123Z"));
        assertThat(first.attributes()).containsEntry("source", "checkout").containsEntry("attempt", "1");
        assertThat(JSON.readTree(first.data()).path("paymentId").asString()).isEqualTo("p-20");
    }

    @Test
    void aBatchOfValidPaymentsSucceeds() {
        AzureInvocationFixture batch = AzureInvocationFixture.load("eventhubs-payments.json");

        assertThat(handle(batch, "processPayment-eventhub").allSucceeded()).isTrue();
    }

    @Test
    void theFirstFailingRecordStopsTheBatchAndFailsTheInvocationWithItsProblem() {
        AzureInvocationFixture batch = AzureInvocationFixture.load("eventhubs-payments-second-fails.json");

        assertThatThrownBy(() -> handle(batch, "processPayment-eventhub"))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("record 1042 (2 of 3) failed")
            .hasMessageContaining("amount")
            .hasMessageContaining("the 1 before it were processed, the 1 after it were not");
    }

    @Test
    void metadataThatDoesNotMatchTheEventsFailsTheBatchWithA400() {
        AzureInvocationFixture batch = AzureInvocationFixture.load("eventhubs-payments.json");

        assertThatThrownBy(() -> PolyfnAzureEventHubs.handle(app, bodies(batch), "[]", batch.metadata("PropertiesArray"),
                batch.metadata("PartitionContext"), TestExecutionContext.of("processPayment-eventhub")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("one entry per event");
    }


    private static dev.polyfn.core.BatchResult handle(AzureInvocationFixture batch, String function) {
        return PolyfnAzureEventHubs.handle(app, bodies(batch), batch.metadata("SystemPropertiesArray"),
                batch.metadata("PropertiesArray"), batch.metadata("PartitionContext"), TestExecutionContext.of(function));
    }

    static byte[][] bodies(AzureInvocationFixture batch) {
        JsonNode messages = JSON.readTree(batch.data("messages"));
        byte[][] bodies = new byte[messages.size()][];
        for (int i = 0; i < messages.size(); i++) {
            bodies[i] = messages.get(i).toString().getBytes(StandardCharsets.UTF_8);
        }
        return bodies;
    }
}
