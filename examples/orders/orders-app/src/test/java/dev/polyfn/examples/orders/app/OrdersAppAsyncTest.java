package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

import dev.polyfn.core.testkit.Observed;
import dev.polyfn.local.PolyfnLocalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asynchronous functions in the real orders app: awaited, documented by their value types, bounded by
 * {@code polyfn.timeout} (1.5 s here, 30 s by default), and concurrent requests each keep their own request id.
 */
@SpringBootTest(classes = PolyfnLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "polyfn.timeout=1500ms")
@ExtendWith(OutputCaptureExtension.class)
class OrdersAppAsyncTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINE = Pattern.compile("function=estimateDelivery status=(\\d+) durationUs=\\d+"
            + " requestId=(\\S+) traceId=(\\S+)");

    @LocalServerPort
    int port;

    @Test
    void estimateDeliveryAnswersTheAwaitedEstimate() {
        Observed answer = post("/estimateDelivery", delivery("o-1", "DHL"), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode estimate = JSON.readTree(answer.body());
        assertThat(estimate.path("orderId").asString()).isEqualTo("o-1");
        assertThat(estimate.path("carrier").asString()).isEqualTo("DHL");
        assertThat(estimate.path("days").asInt()).isBetween(1, 10);
    }

    @Test
    void slowpostAnswers504AtTheDeadline() {
        long start = System.nanoTime();
        Observed answer = post("/estimateDelivery", delivery("o-2", "SLOWPOST"), Map.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(problem.path("status").asInt()).isEqualTo(504);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void blankPostcodeIsRejectedBeforeTheCall() {
        Observed answer = post("/estimateDelivery", Map.of("orderId", "o-1", "postcode", "", "carrier", "DHL"), Map.of());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("postcode");
    }

    @Test
    void checkStockAnswersTheLevelAnd404AndValidates() {
        Observed level = post("/checkStock", Map.of("sku", "BOOK-1"), Map.of());
        assertThat(level.status()).isEqualTo(200);
        assertThat(JSON.readTree(level.body()).path("available").asInt(-1)).isNotNegative();
        Observed gone = post("/checkStock", Map.of("sku", "GONE"), Map.of());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(post("/checkStock", Map.of("sku", ""), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void openApiDocumentsTheValueTypesNotTheWrappers() {
        JsonNode api = JSON.readTree(http().get("/v3/api-docs").body());
        assertThat(api.path("paths").path("/estimateDelivery").has("post")).isTrue();
        assertThat(api.path("paths").path("/checkStock").has("post")).isTrue();
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("DeliveryRequest").path("properties").has("carrier")).isTrue();
        assertThat(schemas.path("DeliveryEstimate").path("properties").has("days")).isTrue();
        assertThat(schemas.path("StockQuery").path("properties").has("sku")).isTrue();
        assertThat(schemas.path("StockLevel").path("properties").has("available")).isTrue();
        assertThat(schemas.has("CompletableFuture")).isFalse();
        assertThat(schemas.has("MonoStockLevel")).isFalse();
    }

    @Test
    void theFunctionsOwnLinesCarryTheRequestId(CapturedOutput output) {
        Observed answer = http().send(http().post("/createOrder").header("Content-Type", "application/json")
            .header("x-request-id", "web-log-1")
            .POST(HttpRequest.BodyPublishers.ofString(dev.polyfn.core.testkit.Scenarios.VALID_ORDER)).build());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(output.getOut().lines().filter(l -> l.contains("accepted")).toList())
            .anySatisfy(line -> assertThat(line).contains("[web-log-1]").contains("OrdersFunctions")
                .doesNotContain("c-42", "BOOK-1"));
        Observed estimate = post("/estimateDelivery", delivery("o-9", "DHL"), Map.of("x-request-id", "web-log-2"));
        assertThat(estimate.status()).isEqualTo(200);
        assertThat(output.getOut().lines().filter(l -> l.contains("Carrier answered")).toList())
            .as("a line from the function's own thread").anySatisfy(line -> assertThat(line).contains("[web-log-2]"));
    }

    @Test
    void concurrentRequestsKeepTheirOwnRequestIdsAndTraces(CapturedOutput output) {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            Map<String, String> traceOf = new HashMap<>();
            List<CompletableFuture<Observed>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String id = "web-" + i;
                String trace = String.format("00-%032x-%016x-01", i + 1, i + 1);
                traceOf.put(id, trace);
                Map<String, Object> body = delivery("o-" + i, i % 4 == 0 ? "SLOWPOST" : "DHL");
                answers.add(CompletableFuture.supplyAsync(() -> post("/estimateDelivery", body,
                        Map.of("x-request-id", id, "traceparent", trace)), clients));
            }
            for (int i = 0; i < answers.size(); i++) {
                Observed answer = answers.get(i).join();
                assertThat(answer.status()).isEqualTo(i % 4 == 0 ? 504 : 200);
                if (answer.status() == 200) {
                    assertThat(JSON.readTree(answer.body()).path("orderId").asString()).isEqualTo("o-" + i);
                }
            }
            Map<String, String> logged = new HashMap<>();
            Matcher line = LINE.matcher(output.getOut());
            while (line.find()) {
                if (line.group(2).startsWith("web-")) {
                    assertThat(logged.put(line.group(2), line.group(3))).as("one line per request").isNull();
                }
            }
            assertThat(logged).isEqualTo(traceOf);
        }
        finally {
            clients.shutdownNow();
        }
    }

    private Observed post(String path, Map<String, Object> body, Map<String, String> headers) {
        HttpRequest.Builder request = http().post(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        headers.forEach(request::header);
        return http().send(request.build());
    }

    private static Map<String, Object> delivery(String orderId, String carrier) {
        return Map.of("orderId", orderId, "postcode", "10115", "carrier", carrier);
    }

    private LocalHttp http() {
        return new LocalHttp(port);
    }
}
