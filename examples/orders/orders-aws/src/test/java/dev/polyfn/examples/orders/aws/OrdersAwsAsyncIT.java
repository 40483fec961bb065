package dev.polyfn.examples.orders.aws;

import static dev.polyfn.examples.orders.aws.DeployedLambda.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The asynchronous functions under the real runtime client: a CompletableFuture and a Mono are awaited, never
 * serialized; a future that never completes is cut off by the invocation's deadline (Lambda's, less Polyfn's
 * margin, or POLYFN_TIMEOUT) with a 504 problem, before Lambda's own deadline.
 */
class OrdersAwsAsyncIT {

    private static final Map<String, DeployedLambda> DEPLOYED = new ConcurrentHashMap<>();

    private static DeployedLambda deployed(String name, String definition, Map<String, String> environment) {
        return DEPLOYED.computeIfAbsent(name, n -> DeployedLambda.start(n, definition, environment));
    }

    private static DeployedLambda estimateDelivery() {
        return deployed("estimateDelivery", "estimateDelivery", Map.of("POLYFN_TIMEOUT", "2s"));
    }

    @AfterAll
    static void stopAll() {
        DEPLOYED.values().forEach(DeployedLambda::close);
    }

    @Test
    void estimateDeliveryAnswersTheEstimateOverHttpAndDirectly() {
        JsonNode http = json(estimateDelivery().invoke("apigw-v1-estimate-delivery.json"));
        assertThat(http.path("statusCode").asInt()).isEqualTo(200);
        assertThat(http.path("headers").path("Content-Type").asString()).isEqualTo("application/json");
        assertEstimate(DeployedLambda.JSON.readTree(http.path("body").asString()));

        RuntimeApiEmulator.Answer direct = estimateDelivery().invoke("direct-estimate-delivery.json");
        assertThat(direct.kind()).isEqualTo("response");
        assertEstimate(json(direct));
    }

    @Test
    void slowpostAnswers504OverHttpAtPolyfnsTimeout() {
        byte[] event = withBody("apigw-v1-estimate-delivery.json", "direct-estimate-delivery-slowpost.json");
        long start = System.nanoTime();
        JsonNode out = json(estimateDelivery().invoke(event));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(out.path("statusCode").asInt()).isEqualTo(504);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        JsonNode problem = DeployedLambda.JSON.readTree(out.path("body").asString());
        assertThat(problem.path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(problem.path("status").asInt()).isEqualTo(504);
        assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
        assertThat(estimateDelivery().process().log()).contains("function=estimateDelivery status=504")
            .contains("exceeded its deadline");
    }

    @Test
    void slowpostDirectlyIsAFunctionErrorWhoseProblemIs504() {
        RuntimeApiEmulator.Answer answer = estimateDelivery().invoke("direct-estimate-delivery-slowpost.json");
        assertThat(answer.kind()).isEqualTo("error");
        JsonNode problem = DeployedLambda.JSON.readTree(json(answer).path("errorMessage").asString());
        assertThat(problem.path("status").asInt()).isEqualTo(504);
        assertThat(problem.path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(problem.path("instance").asString()).isEqualTo("urn:polyfn:request:" + answer.requestId());
    }

    @Test
    void anSqsBatchStopsAtItsDeadlineAndReportsWhatItDidNotProcess() {
        // the SLOWPOST record uses up the invocation's 2 s; the record after it is never run, so it is reported too
        RuntimeApiEmulator.Answer answer = estimateDelivery().invoke("sqs-deliveries.json");
        assertThat(answer.kind()).isEqualTo("response");
        assertThat(json(answer).path("batchItemFailures").findValuesAsString("itemIdentifier"))
            .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da", "8f0e3f1c-3e5a-4c8e-9a0b-5d2f7e6c1a44");
    }

    @Test
    void withParallelRecordsOnlyTheRecordThatRanOutOfTimeFails() {
        DeployedLambda parallel = deployed("estimateDelivery-parallel", "estimateDelivery",
                Map.of("POLYFN_TIMEOUT", "2s", "POLYFN_BATCH_PARALLELISM", "3"));
        RuntimeApiEmulator.Answer answer = parallel.invoke("sqs-deliveries.json");
        assertThat(json(answer).path("batchItemFailures").findValuesAsString("itemIdentifier"))
            .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da");
    }

    @Test
    void lambdasOwnDeadlineLessTheMarginBoundsTheInvocation() {
        // no POLYFN_TIMEOUT: Lambda gives 1.5 s, Polyfn answers 500 ms before it
        DeployedLambda lambda = deployed("estimateDelivery-lambda-deadline", "estimateDelivery", Map.of());
        RuntimeApiEmulator.Answer answer = lambda.await(lambda.submit(
                DeployedLambda.fixture("direct-estimate-delivery-slowpost.json"), Duration.ofMillis(1500),
                RuntimeApiEmulator.TRACE_ID));
        // from the moment the client took the event (its deadline header was set then) to its answer
        Duration took = Duration.ofNanos(answer.answeredNanos() - answer.startedNanos());
        assertThat(answer.kind()).isEqualTo("error");
        assertThat(DeployedLambda.JSON.readTree(json(answer).path("errorMessage").asString()).path("status").asInt())
            .isEqualTo(504);
        assertThat(took).as("answered at Polyfn's deadline, before Lambda's")
            .isBetween(Duration.ofMillis(900), Duration.ofMillis(1400));
    }

    @Test
    void checkStockAnswersTheLevelAnd404ForAnArticleNoLongerSold() {
        DeployedLambda checkStock = deployed("checkStock", "checkStock", Map.of());
        JsonNode http = json(checkStock.invoke("apigw-v2-check-stock.json"));
        assertThat(http.path("statusCode").asInt()).isEqualTo(200);
        JsonNode level = DeployedLambda.JSON.readTree(http.path("body").asString());
        assertThat(level.path("sku").asString()).isEqualTo("BOOK-1");
        assertThat(level.path("available").asInt(-1)).isNotNegative();

        JsonNode gone = json(checkStock.invoke(withBody("apigw-v2-check-stock.json", "direct-check-stock-gone.json")));
        assertThat(gone.path("statusCode").asInt()).isEqualTo(404);
        assertThat(gone.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        assertThat(DeployedLambda.JSON.readTree(gone.path("body").asString()).path("detail").asString())
            .contains("GONE");

        RuntimeApiEmulator.Answer direct = checkStock.invoke("direct-check-stock.json");
        assertThat(direct.kind()).isEqualTo("response");
        assertThat(json(direct).path("sku").asString()).isEqualTo("BOOK-1");
    }

    @Test
    void checkStockValidatesTheQueryBeforeTheCall() {
        byte[] blank = DeployedLambda.JSON.writeValueAsBytes(DeployedLambda.fixtureTree("apigw-v2-check-stock.json")
            .put("body", DeployedLambda.JSON.writeValueAsString(Map.of("sku", " "))));
        JsonNode out = json(deployed("checkStock", "checkStock", Map.of()).invoke(blank));
        assertThat(out.path("statusCode").asInt()).isEqualTo(400);
    }

    static byte[] withBody(String event, String bodyFixture) {
        return DeployedLambda.JSON.writeValueAsBytes(DeployedLambda.fixtureTree(event)
            .put("body", new String(DeployedLambda.fixture(bodyFixture), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void assertEstimate(JsonNode estimate) {
        assertThat(estimate.path("orderId").asString()).isEqualTo("o-1");
        assertThat(estimate.path("carrier").asString()).isEqualTo("DHL");
        assertThat(estimate.path("days").asInt()).isBetween(1, 10);
        assertThat(estimate.has("done")).as("never a serialized future").isFalse();
    }
}
