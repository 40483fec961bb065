package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asynchronous functions of orders-gcp.jar under the real java-function-invoker: awaited results, the
 * deadline's 504 (POLYFN_TIMEOUT), and many concurrent requests each keeping its own execution id and trace.
 */
class OrdersGcpAsyncIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINE = Pattern.compile("function=estimateDelivery status=(\\d+) durationUs=\\d+"
            + " requestId=(\\S+) traceId=(\\S+)");

    private static InvokerProcess estimateDelivery;
    private static InvokerProcess checkStock;
    private static InvokerProcess estimateDeliveryEvents;

    @BeforeAll
    static void startInvokers() throws Exception {
        estimateDelivery = InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"), InvokerProcess.HTTP_TARGET,
                Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "estimateDelivery", "POLYFN_TIMEOUT", "1500ms"),
                "estimateDelivery-async");
        checkStock = InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"), InvokerProcess.HTTP_TARGET,
                Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "checkStock"), "checkStock-async");
        estimateDeliveryEvents = InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"),
                InvokerProcess.CLOUD_EVENT_TARGET,
                Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "estimateDelivery", "POLYFN_TIMEOUT", "1500ms"),
                "estimateDelivery-events");
        estimateDelivery.awaitListening(Duration.ofSeconds(90));
        checkStock.awaitListening(Duration.ofSeconds(90));
        estimateDeliveryEvents.awaitListening(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopInvokers() throws InterruptedException {
        for (InvokerProcess invoker : new InvokerProcess[] {estimateDelivery, checkStock, estimateDeliveryEvents}) {
            if (invoker != null) {
                invoker.close();
            }
        }
    }

    @Test
    void estimateDeliveryAnswersTheAwaitedEstimate() throws Exception {
        Answer answer = post(estimateDelivery, delivery("o-1", "DHL"), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("orderId").asString()).isEqualTo("o-1");
        assertThat(answer.json().path("carrier").asString()).isEqualTo("DHL");
        assertThat(answer.json().path("days").asInt()).isBetween(1, 10);
        assertThat(answer.json().has("done")).isFalse();
    }

    @Test
    void slowpostAnswers504AtTheDeadline() throws Exception {
        long start = System.nanoTime();
        Answer answer = post(estimateDelivery, delivery("o-2", "SLOWPOST"), Map.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(answer.json().path("status").asInt()).isEqualTo(504);
    }

    @ParameterizedTest
    @EnumSource(GcpHttpClient.Mode.class)
    void aPubSubMessageIsAcknowledgedOnlyWhenTheFutureCompletesInTime(GcpHttpClient.Mode mode) throws Exception {
        Answer done = GcpHttpClient.cloudEvent(estimateDeliveryEvents.port(), fixture("pubsub-delivery.json"), mode);
        assertThat(done.status()).as(done.text()).isBetween(200, 299);
        Answer slow = GcpHttpClient.cloudEvent(estimateDeliveryEvents.port(), fixture("pubsub-delivery-slowpost.json"),
                mode);
        assertThat(slow.status()).as("not acknowledged, so Pub/Sub redelivers").isGreaterThanOrEqualTo(500);
        assertThat(Files.readString(estimateDeliveryEvents.log())).contains("function=estimateDelivery status=504");
    }

    @Test
    void blankCarrierIsRejectedBeforeTheCall() throws Exception {
        Answer answer = post(estimateDelivery, delivery("o-3", ""), Map.of());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asString()).contains("carrier");
    }

    @Test
    void checkStockAnswersTheLevelAnd404AndValidates() throws Exception {
        Answer level = post(checkStock, Map.of("sku", "BOOK-1"), Map.of());
        assertThat(level.status()).isEqualTo(200);
        assertThat(level.json().path("sku").asString()).isEqualTo("BOOK-1");
        assertThat(level.json().path("available").asInt(-1)).isNotNegative();
        Answer gone = post(checkStock, Map.of("sku", "GONE"), Map.of());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(post(checkStock, Map.of("sku", " "), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void concurrentRequestsKeepTheirOwnIdsTracesAndAnswers() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<Answer>> slow = new ArrayList<>();
            List<CompletableFuture<Answer>> fast = new ArrayList<>();
            Map<String, String> traceOf = new HashMap<>();
            long start = System.nanoTime();
            for (int i = 0; i < 64; i++) {
                String id = "exec-" + i;
                String trace = String.format("00-%032x-%016x-01", i + 1, i + 1);
                traceOf.put(id, trace);
                Map<String, Object> body = delivery("o-" + i, i % 2 == 0 ? "SLOWPOST" : "DHL");
                Map<String, String> headers = Map.of("Function-Execution-Id", id, "traceparent", trace);
                CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(estimateDelivery, body, headers);
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, clients);
                (i % 2 == 0 ? slow : fast).add(answer);
            }
            slow.forEach(a -> assertThat(a.join().status()).isEqualTo(504));
            for (int i = 0; i < fast.size(); i++) {
                Answer answer = fast.get(i).join();
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().path("orderId").asString()).as("each answer is its own")
                    .isEqualTo("o-" + (2 * i + 1));
            }
            // 32 requests of 1.5 s each, served side by side rather than one after the other
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));

            // the invocation lines, in Cloud Logging's JSON: each message names its own request and trace
            Map<String, String> logged = new HashMap<>();
            for (String json : Files.readAllLines(estimateDelivery.log())) {
                if (!json.startsWith("{")) {
                    continue;
                }
                Matcher line = LINE.matcher(JSON.readTree(json).path("message").asString());
                if (line.matches() && line.group(2).startsWith("exec-")) {
                    assertThat(logged.put(line.group(2), line.group(3))).as("one line per request").isNull();
                }
            }
            assertThat(logged).isEqualTo(traceOf);
        }
        finally {
            clients.shutdownNow();
        }
    }

    private static Answer post(InvokerProcess invoker, Map<String, Object> body, Map<String, String> headers)
            throws Exception {
        return GcpHttpClient.post(invoker.port(), "/", "application/json", JSON.writeValueAsBytes(body), headers);
    }

    private static byte[] fixture(String name) throws java.io.IOException {
        try (java.io.InputStream in = OrdersGcpAsyncIT.class.getResourceAsStream("/events/gcp/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Object> delivery(String orderId, String carrier) {
        return Map.of("orderId", orderId, "postcode", "10115", "carrier", carrier);
    }
}
