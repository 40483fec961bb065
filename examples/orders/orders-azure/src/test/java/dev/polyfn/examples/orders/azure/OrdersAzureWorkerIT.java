package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.azure.testing.AzureHostEmulator;
import dev.polyfn.azure.testing.AzureInvocation;
import dev.polyfn.azure.testing.AzureInvocation.HttpAnswer;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.HostHttpRequest;
import dev.polyfn.azure.testing.HostTriggers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plugin's staging folder under Microsoft's Java worker, driven by the host emulator: every Azure clause of the
 * contract, with requests shaped as the Functions host shapes them.
 */
class OrdersAzureWorkerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 6 * 1024 * 1024;
    private static AzureHostEmulator host;

    @BeforeAll
    static void start() {
        host = OrdersAzureApps.startStaged();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void everyFunctionOfTheStagingFolderLoads() {
        assertThat(host.loadResponses()).containsOnlyKeys("uppercase", "createOrder", "processPayment", "indexUpload",
                "estimateDelivery", "checkStock", "processPayment-queue", "processPayment-eventhub", "indexUpload-blob",
                "indexUpload-eventgrid", "nightlyReport");
        assertThat(host.failedLoads()).isEmpty();
    }

    @Test
    void uppercaseAnswersExactTextAndIgnoresRoutingHeaders() {
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/uppercase").body("hello polyfn", "text/plain")
            .header("spring.cloud.function.definition", "createOrder")
            .header("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exit(1)"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("HELLO POLYFN");
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
    }

    @Test
    void aQueryWithAMalformedEscapeStillReachesTheFunction() {
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/uppercase?x=%zz&code=k").body("abc", "text/plain"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("ABC");
    }

    /** The four answers that once differed between targets, under the real worker (see docs/conformance.md). */
    @Test
    void aMalformedQueryEscapeIsDecodedLenientlyAsOnEveryTarget() {
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/createOrder?x=%zz&y=%E0%A4%A").json(order().toString()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("ACCEPTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT"})
    void anUndeclaredMethodReachesPolyfnAndAnswers405WithAllow(String method) {
        HostHttpRequest request = HostHttpRequest.request(method, "/api/createOrder");
        HttpAnswer answer = host.http(method.equals("GET") ? request : request.json(order().toString()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(405);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Allow")).isEqualTo("POST");
    }

    @Test
    void twoHundredHeadersAnswerPolyfns431() {
        HostHttpRequest request = HostHttpRequest.post("/api/uppercase").body("abc", "text/plain");
        for (int i = 0; i < 200; i++) {
            request.header("x-noise-" + i, "v");
        }
        HttpAnswer answer = host.http(request);

        assertThat(answer.status()).as(answer.text()).isEqualTo(431);
        assertThat(JSON.readTree(answer.body()).path("title").asString()).isEqualTo("Request Header Fields Too Large");
    }

    @Test
    void createOrderAcceptsTheDocumentedRequest() {
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/createOrder").json(order().toString()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode confirmation = JSON.readTree(answer.body());
        assertThat(confirmation.path("orderId").asString()).isNotBlank();
        assertThat(confirmation.path("customerId").asString()).isEqualTo("c-42");
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(confirmation.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theFunctionsLogLinesReachTheHostUnderTheInvocationId() {
        AzureInvocation order = host.invoke("createOrder", HostHttpRequest.post("/api/createOrder")
            .json(order().put("customerId", "customer-never-logged").toString()));
        AzureInvocation.Result result = order.await();

        assertThat(result.http().status()).isEqualTo(200);
        assertThat(result.logs()).anySatisfy(log -> {
            assertThat(log.getInvocationId()).isEqualTo(order.id());
            assertThat(log.getCategory()).isEqualTo("dev.polyfn.examples.orders.OrdersFunctions");
            assertThat(log.getMessage()).contains("accepted");
        });
        assertThat(result.logs()).anySatisfy(log -> assertThat(log.getMessage())
            .startsWith("function=createOrder status=200").contains("requestId=" + order.id()));
        assertThat(result.logMessages()).noneMatch(line -> line.contains("customer-never-logged"));
    }

    @Test
    void aMissingContentTypeIsReadAsJsonAndACharsetIsAccepted() {
        assertThat(host.http(HostHttpRequest.post("/api/createOrder").body(order().toString(), null)).status()).isEqualTo(200);
        assertThat(host.http(HostHttpRequest.post("/api/createOrder")
            .body(order().toString(), "application/json; charset=utf-8")).status()).isEqualTo(200);
    }

    @Test
    void invalidOrdersAre400Problems() {
        ObjectNode blank = order().put("customerId", " ");
        ObjectNode noItems = order();
        noItems.putArray("items");
        ObjectNode zeroQuantity = order();
        ((ObjectNode) zeroQuantity.path("items").get(0)).put("quantity", 0);
        ObjectNode negativePrice = order();
        ((ObjectNode) negativePrice.path("items").get(0)).put("unitPrice", -1);
        ObjectNode wrongType = order().put("items", "many");

        for (ObjectNode invalid : List.of(blank, noItems, zeroQuantity, negativePrice, wrongType)) {
            assertProblem(host.http(HostHttpRequest.post("/api/createOrder").json(invalid.toString())), 400);
        }
    }

    @Test
    void malformedJsonAndAnEmptyBodyAre400Problems() {
        String json = order().toString();
        assertProblem(host.http(HostHttpRequest.post("/api/createOrder").json(json.substring(0, json.length() / 2))), 400);
        assertProblem(host.http(HostHttpRequest.post("/api/createOrder").json("")), 400);
    }

    @Test
    void invalidUtf8ThatTheHostReplacedIsStillA400Problem() {
        byte[] json = order().put("customerId", "c-42 X").toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        for (byte b : json) {
            damaged.write(b == 'X' ? 0xC3 : b);
        }

        HttpAnswer answer = host.http(HostHttpRequest.post("/api/createOrder").body(damaged.toByteArray(), "application/json"));

        assertProblem(answer, 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/xml", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=polyfn"})
    void otherContentTypesAre415Problems(String contentType) {
        String body = contentType.startsWith("multipart")
                ? "--polyfn\r\nContent-Disposition: form-data; name=\"order\"\r\n\r\n" + order() + "\r\n--polyfn--\r\n"
                : contentType.endsWith("xml") ? "<order><customerId>c-42</customerId></order>" : "customerId=c-42";

        assertProblem(host.http(HostHttpRequest.post("/api/createOrder").body(body, contentType)), 415);
    }

    @Test
    void aBodyOverTheLimitIs413AndOneExactlyAtItIsAccepted() {
        String json = order().toString();
        byte[] atLimit = (json.substring(0, json.length() - 1) + " ".repeat(LIMIT - json.length()) + "}")
            .getBytes(StandardCharsets.UTF_8);
        byte[] over = (json.substring(0, json.length() - 1) + " ".repeat(LIMIT + 1 - json.length()) + "}")
            .getBytes(StandardCharsets.UTF_8);

        assertThat(atLimit).hasSize(LIMIT);
        assertThat(host.http(HostHttpRequest.post("/api/createOrder").body(atLimit, "application/json")).status()).isEqualTo(200);
        assertProblem(host.http(HostHttpRequest.post("/api/createOrder").body(over, "application/json")), 413);
    }

    @Test
    void aChunkedBodyTheHostDroppedIsA411Problem() {
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/createOrder").json(order().toString()).chunked());

        assertProblem(answer, 411);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("Content-Length");
    }

    @Test
    void processPaymentAnswers202WithNoBodyOr400() {
        String payment = JSON.readTree(AzureInvocationFixture.load("http-process-payment.json").data("req"))
            .path("Body").toString();
        HttpAnswer accepted = host.http(HostHttpRequest.post("/api/processPayment").json(payment));
        ObjectNode zero = (ObjectNode) JSON.readTree(payment);
        zero.put("amount", 0);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).isEmpty();
        assertProblem(host.http(HostHttpRequest.post("/api/processPayment").json(zero.toString())), 400);
        assertProblem(host.http(HostHttpRequest.post("/api/processPayment").json(payment.substring(0, 12))), 400);
    }

    @Test
    void indexUploadOverHttpReadsAStorageEvent() {
        String event = JSON.readTree(AzureInvocationFixture.load("http-index-upload.json").data("req")).path("Body").toString();

        HttpAnswer answer = host.http(HostHttpRequest.post("/api/indexUpload").json(event));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entry = JSON.readTree(answer.body());
        assertThat(entry.path("bucket").asString()).isEqualTo("uploads");
        assertThat(entry.path("key").asString()).isEqualTo("a.pdf");
        assertThat(entry.path("size").asLong()).isEqualTo(7);
    }

    @Test
    void estimateDeliveryAnswersTheAwaitedEstimateOr400() {
        ObjectNode delivery = body("http-estimate-delivery.json");
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/estimateDelivery").json(delivery.toString()));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode estimate = JSON.readTree(answer.body());
        assertThat(estimate.path("orderId").asString()).isEqualTo("o-1");
        assertThat(estimate.path("carrier").asString()).isEqualTo("DHL");
        assertThat(estimate.path("days").asInt()).isBetween(1, 10);
        assertProblem(host.http(HostHttpRequest.post("/api/estimateDelivery").json(delivery.put("carrier", " ").toString())), 400);
    }

    @Test
    void checkStockAnswersTheLevel404ForAGoneSkuOr400() {
        ObjectNode query = body("http-check-stock.json");
        HttpAnswer answer = host.http(HostHttpRequest.post("/api/checkStock").json(query.toString()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("sku").asString()).isEqualTo("BOOK-1");
        assertThat(JSON.readTree(answer.body()).path("available").asInt()).isGreaterThanOrEqualTo(0);
        assertProblem(host.http(HostHttpRequest.post("/api/checkStock").json(query.put("sku", "GONE").toString())), 404);
        assertProblem(host.http(HostHttpRequest.post("/api/checkStock").json(query.put("sku", "").toString())), 400);
    }

    @Test
    void anUnknownRouteIsTheHosts404() {
        assertThat(host.http(HostHttpRequest.post("/api/nightlyReport").body("x", "text/plain")).status()).isEqualTo(404);
    }

    @Test
    void queueMessagesSucceedOrFailWithTheirProblemForRetry() {
        AzureInvocation.Result valid = queue("queue-payment.json");
        AzureInvocation.Result invalid = queue("queue-payment-zero-amount.json");
        AzureInvocation.Result unreadable = queue("queue-unreadable.json");

        assertThat(valid.succeeded()).as(valid.failureMessage()).isTrue();
        assertThat(invalid.succeeded()).isFalse();
        assertThat(invalid.failureMessage()).contains("processPayment-queue").contains("status 400").contains("amount");
        assertThat(unreadable.succeeded()).isFalse();
        assertThat(unreadable.failureMessage()).contains("status 400").doesNotContain("p-9");
        for (AzureInvocation.Result failed : List.of(invalid, unreadable)) {
            assertThat(failed.failureMessage()).doesNotContain("\tat ").doesNotContain(".java:");
        }
    }

    @Test
    void anEventHubsBatchRunsInOrderAndStopsAtItsFirstFailure() {
        AzureInvocation.Result valid = host.invoke("processPayment-eventhub",
                AzureInvocationFixture.load("eventhubs-payments.json").eventHubBatch()).await();
        AzureInvocation.Result failing = host.invoke("processPayment-eventhub",
                AzureInvocationFixture.load("eventhubs-payments-second-fails.json").eventHubBatch()).await();

        assertThat(valid.succeeded()).as(valid.failureMessage()).isTrue();
        assertThat(failing.succeeded()).isFalse();
        assertThat(failing.failureMessage()).contains("status 400").contains("record 1042 (2 of 3) failed")
            .contains("amount").contains("the 1 before it were processed, the 1 after it were not")
            .doesNotContain("\tat ");
    }

    @Test
    void aBlobIsIndexedFromTheHostsBlobProperties() {
        AzureInvocationFixture blob = AzureInvocationFixture.load("blob-upload.json");

        AzureInvocation.Result result = host.invoke("indexUpload-blob", HostTriggers.blob("uploads", "reports/2026/a b.pdf",
                blob.data("content").getBytes(StandardCharsets.UTF_8), blob.metadata("Properties"),
                Map.of("uploadedBy", "c-42"))).await();

        assertThat(result.succeeded()).as(result.failureMessage()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eventgrid-blob-created.json", "eventgrid-blob-created-cloudevent.json"})
    void eventGridBlobEventsOfBothSchemasAreIndexed(String fixture) {
        AzureInvocation.Result result = host.invoke("indexUpload-eventgrid",
                HostTriggers.eventGrid(AzureInvocationFixture.load(fixture).data("event"))).await();

        assertThat(result.succeeded()).as(result.failureMessage()).isTrue();
    }

    @Test
    void anEventGridEventThatIsNoBlobEventFailsWithAProblem() {
        AzureInvocation.Result result = host.invoke("indexUpload-eventgrid",
                HostTriggers.eventGrid("not an event")).await();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failureMessage()).contains("status 400").contains("not readable JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timer-nightly.json", "timer-past-due.json"})
    void theNightlyTimerRunsTheReport(String fixture) {
        AzureInvocation.Result result = host.invoke("nightlyReport",
                HostTriggers.timer(AzureInvocationFixture.load(fixture).data("timerInfo"))).await();

        assertThat(result.succeeded()).as(result.failureMessage()).isTrue();
    }

    @Test
    void severalInvocationsRunAtOnceEachWithItsOwnAnswer() {
        List<AzureInvocation> inFlight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inFlight.add(host.invoke("uppercase", HostHttpRequest.post("/api/uppercase").body("call " + i, "text/plain")));
        }
        for (int i = 0; i < inFlight.size(); i++) {
            assertThat(inFlight.get(i).await().http().text()).isEqualTo("CALL " + i);
        }
    }

    private static AzureInvocation.Result queue(String fixture) {
        AzureInvocationFixture message = AzureInvocationFixture.load(fixture);
        return host.invoke("processPayment-queue", HostTriggers.queue(message.data("message"), message.metadata("Id"),
                1, OffsetDateTime.parse("2026-11-23T14:30:00Z"))).await();
    }

    static ObjectNode order() {
        return body("http-create-order.json");
    }

    /** The JSON body of an HTTP fixture. */
    static ObjectNode body(String fixture) {
        return (ObjectNode) JSON.readTree(AzureInvocationFixture.load(fixture).data("req")).path("Body");
    }

    /** Problem shape: problem+json, status, title, non-empty detail, no stack trace or class name. */
    static void assertProblem(HttpAnswer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(answer.text()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain(".java")
            .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[a-z.]*[A-Z][A-Za-z]+");
    }
}
