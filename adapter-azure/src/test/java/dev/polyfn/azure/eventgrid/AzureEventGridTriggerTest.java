package dev.polyfn.azure.eventgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.core.StorageObjectEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Event Grid events (both documented schemas) through {@link PolyfnAzureEventGrid}. */
class AzureEventGridTriggerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_BLOB_EVENTS", "storageEcho",
                "POLYFN_FUNCTION_TOPIC_EVENTS", "topicEcho"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBlobCreatedEventBecomesAStorageEvent() {
        assertThat(storageEvent("eventgrid-blob-created.json")).isEqualTo(new StorageObjectEvent("uploads",
                "reports/2026/a b.pdf", 524288, "application/pdf", "Microsoft.Storage.BlobCreated"));
    }

    @Test
    void theCloudEventsSchemaGivesTheSameEvent() {
        assertThat(storageEvent("eventgrid-blob-created-cloudevent.json")).isEqualTo(new StorageObjectEvent(
                "uploads", "invoice.json", 30, "application/json", "Microsoft.Storage.BlobCreated"));
    }

    @Test
    void aCustomEventBecomesATopicMessageWithItsDataAsJson() {
        JsonNode seen = JSON.readTree(PolyfnAzureEventGrid.handle(app,
                AzureInvocationFixture.load("eventgrid-custom-payment.json").data("event"),
                TestExecutionContext.of("topic-events")).body());

        assertThat(seen.path("id").asString()).isEqualTo("c0ffee00-1234-4abc-9def-000000000003");
        assertThat(JSON.readTree(seen.path("data").asString()).path("amount").decimalValue())
            .isEqualByComparingTo("5.25");
        assertThat(seen.path("attributes").path("eventType").asString()).isEqualTo("Orders.PaymentRequested");
        assertThat(seen.path("attributes").path("subject").asString()).isEqualTo("payments/p-3");
        assertThat(seen.path("topic").asString()).endsWith("/topics/payments");
    }

    @Test
    void aCustomEventsDataIsTheInputOfAnyOtherFunction() {
        assertThat(PolyfnAzureEventGrid.handle(app,
                AzureInvocationFixture.load("eventgrid-custom-payment.json").data("event"),
                TestExecutionContext.of("processPayment-eventgrid")).status()).isEqualTo(202);
    }

    @Test
    void aBlobEventToAFunctionThatRejectsItThrows() {
        assertThatThrownBy(() -> PolyfnAzureEventGrid.handle(app,
                AzureInvocationFixture.load("eventgrid-blob-created.json").data("event"),
                TestExecutionContext.of("processPayment-eventgrid")))
            .isInstanceOfSatisfying(AzureInvocationException.class,
                    e -> assertThat(e.status()).isGreaterThanOrEqualTo(400));
    }

    @Test
    void anEventThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> PolyfnAzureEventGrid.handle(app, "not json", TestExecutionContext.of("blob-events")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("not readable JSON");
    }

    private static StorageObjectEvent storageEvent(String fixture) {
        byte[] body = PolyfnAzureEventGrid.handle(app, AzureInvocationFixture.load(fixture).data("event"),
                TestExecutionContext.of("blob-events")).body();
        return JSON.readValue(body, StorageObjectEvent.class);
    }
}
