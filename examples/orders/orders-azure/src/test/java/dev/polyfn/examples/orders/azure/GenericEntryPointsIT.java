package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.polyfn.azure.testing.AzureHostEmulator;
import dev.polyfn.azure.testing.AzureInvocation;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.HostHttpRequest;
import dev.polyfn.azure.testing.HostStreamTriggers;
import dev.polyfn.azure.testing.HostTriggers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A function app with no Azure class of its own, under the real Java worker: every function.json names an entry
 * point of {@code dev.polyfn.azure.PolyfnAzureFunctions}, and the Azure function's name picks the bean.
 */
class GenericEntryPointsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static AzureHostEmulator host;

    @BeforeAll
    static void start() {
        host = AzureHostEmulator.start(OrdersAzureApps.genericApp(), OrdersAzureApps.SETTINGS);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theWorkerLoadsEveryFunction() {
        assertThat(host.loadResponses()).containsOnlyKeys("uppercase", "createOrder", "estimateDelivery", "processPayment-queue",
                "processPayment-servicebus", "processPayment-topic", "processPayment-eventhub", "processPayment-cosmosdb",
                "indexUpload-blob", "indexUpload-eventgrid", "nightlyReport");
        assertThat(host.failedLoads()).isEmpty();
    }

    @Test
    void httpRunsTheBeanNamedLikeTheFunction() {
        AzureInvocation.HttpAnswer upper = host.http(HostHttpRequest.post("/api/uppercase").body("hello polyfn", "text/plain"));
        AzureInvocation.HttpAnswer order = host.http(HostHttpRequest.post("/api/createOrder")
            .json(JSON.readTree(AzureInvocationFixture.load("http-create-order.json").data("req")).path("Body").toString()));

        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.text()).isEqualTo("HELLO POLYFN");
        assertThat(order.status()).isEqualTo(200);
        assertThat(JSON.readTree(order.body()).path("total").decimalValue()).isEqualByComparingTo("26.25");
    }

    @Test
    void hostJsonsFunctionTimeoutBoundsTheDeadline() {
        ObjectNode slow = OrdersAzureWorkerIT.body("http-estimate-delivery.json").put("carrier", "SLOWPOST");

        long start = System.nanoTime();
        AzureInvocation.HttpAnswer answer = host.http(HostHttpRequest.post("/api/estimateDelivery").json(slow.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        OrdersAzureWorkerIT.assertProblem(answer, 504);
        assertThat(JSON.readTree(answer.body()).path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(millis).as("answered before host.json's functionTimeout of 3 s").isLessThan(3000);
    }

    @Test
    void queueAndServiceBusMessagesRunTheBeanBeforeTheDash() {
        String payment = AzureInvocationFixture.load("queue-payment.json").data("message");

        assertThat(host.invoke("processPayment-queue", HostTriggers.queue(payment, "m-1", 1,
                OffsetDateTime.parse("2026-11-23T14:30:00Z"))).await().succeeded()).isTrue();
        assertThat(host.invoke("processPayment-servicebus", HostTriggers.serviceBus(payment, "sb-1", 1,
                Map.of("source", "checkout"), "application/json")).await().succeeded()).isTrue();
        assertThat(host.invoke("processPayment-topic", HostTriggers.serviceBus(payment, "sb-2", 1, Map.of(),
                null)).await().succeeded()).isTrue();
    }

    @Test
    void eventHubsAndCosmosDbBatchesRunThePaymentsInOrder() {
        AzureInvocation.Result hub = host.invoke("processPayment-eventhub",
                AzureInvocationFixture.load("eventhubs-payments.json").eventHubBatch()).await();
        AzureInvocation.Result failingHub = host.invoke("processPayment-eventhub",
                AzureInvocationFixture.load("eventhubs-payments-second-fails.json").eventHubBatch()).await();
        AzureInvocation.Result documents = host.invoke("processPayment-cosmosdb", HostStreamTriggers.cosmosDb(
                AzureInvocationFixture.load("cosmosdb-payments.json").data("documents"))).await();
        AzureInvocation.Result notDocuments = host.invoke("processPayment-cosmosdb", HostStreamTriggers.cosmosDb("[1, 2]")).await();

        assertThat(hub.succeeded()).as(hub.failureMessage()).isTrue();
        assertThat(failingHub.failureMessage()).contains("record 1042 (2 of 3) failed");
        assertThat(documents.succeeded()).as(documents.failureMessage()).isTrue();
        assertThat(notDocuments.failureMessage()).contains("status 400").contains("not a JSON object with an id");
    }

    @Test
    void anInvalidMessageFailsTheInvocationWithTheProblem() {
        String zero = AzureInvocationFixture.load("queue-payment-zero-amount.json").data("message");

        AzureInvocation.Result result = host.invoke("processPayment-queue", HostTriggers.queue(zero, "m-2", 1,
                OffsetDateTime.parse("2026-11-23T14:30:00Z"))).await();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failureMessage()).contains("status 400").contains("amount");
    }

    @Test
    void blobEventGridAndTimerRunTheirBeans() {
        AzureInvocationFixture blob = AzureInvocationFixture.load("blob-upload.json");
        byte[] content = blob.data("content").getBytes(StandardCharsets.UTF_8);

        assertThat(host.invoke("indexUpload-blob", HostTriggers.blob("uploads", "reports/2026/a b.pdf", content,
                blob.metadata("Properties"), Map.of("uploadedBy", "c-42"))).await().succeeded()).isTrue();
        assertThat(host.invoke("indexUpload-eventgrid", HostTriggers.eventGrid(
                AzureInvocationFixture.load("eventgrid-blob-created.json").data("event"))).await().succeeded()).isTrue();
        assertThat(host.invoke("nightlyReport", HostTriggers.timer(
                AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"))).await().succeeded()).isTrue();
    }

}
