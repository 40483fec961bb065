package dev.polyfn.azure.cosmosdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ChangeKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Cosmos DB change feed batches through {@link PolyfnAzureCosmosDb} (end to end: orders-azure's ITs). */
class AzureCosmosDbTriggerTest {

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
    void eachDocumentBecomesAWrittenChangeWithItsLsnAndTime() {
        List<CosmosDbChangeMapper.Change> changes = CosmosDbChangeMapper.toChanges(JSON,
                new dev.polyfn.core.rules.EnvelopeLimits(dev.polyfn.core.PolyfnProperties.defaults()),
                AzureInvocationFixture.load("cosmosdb-payments.json").data("documents"));

        assertThat(changes).hasSize(2);
        ChangeEvent first = changes.get(0).event();
        assertThat(first.source()).isEqualTo("azure:cosmosdb");
        assertThat(first.kind()).isEqualTo(ChangeKind.WRITTEN);
        assertThat(first.keys()).containsEntry("id", "p-40");
        assertThat(first.newImage()).containsEntry("orderId", "o-40").containsKey("_etag");
        assertThat(first.oldImage()).isNull();
        assertThat(first.sequenceNumber()).isEqualTo("57");
        assertThat(first.time()).isEqualTo(Instant.ofEpochSecond(1795446000));
        assertThat(JSON.readTree(changes.get(0).document()).path("amount").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void paymentDocumentsAreProcessed() {
        assertThat(PolyfnAzureCosmosDb.handle(app, AzureInvocationFixture.load("cosmosdb-payments.json").data("documents"),
                TestExecutionContext.of("processPayment-cosmosdb")).allSucceeded()).isTrue();
    }

    @Test
    void aBatchThatIsNoArrayOfDocumentsFailsWithA400() {
        assertThatThrownBy(() -> PolyfnAzureCosmosDb.handle(app, "{\"id\":\"p-1\"}",
                TestExecutionContext.of("processPayment-cosmosdb")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("not a JSON array");
    }
}
