package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import dev.polyfn.local.PolyfnLocalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orders app (Polyfn's own main class serving the functions of orders-functions, as in orders-app.jar) on a
 * random port, held to every clause of the contract for the local web app.
 */
@SpringBootTest(classes = PolyfnLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersAppContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ORDERS_FUNCTIONS = Set.of("uppercase", "createOrder", "processPayment");

    @LocalServerPort
    int port;

    /** The shared scenarios whose functions the orders app has under the same names and contract. */
    static Stream<ContractScenario> contractScenarios() {
        return Scenarios.http().stream().filter(s -> ORDERS_FUNCTIONS.contains(s.function()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractScenarios")
    void ordersAppHoldsTheContract(ContractScenario scenario) {
        scenario.verify(http().send(scenario.request()));
    }

    @Test
    void routingExpressionHeaderIsNeverEvaluated(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("pwned");
        Observed answer = http().send(http().post("/uppercase")
            .header("Content-Type", "text/plain")
            .header("spring.cloud.function.routing-expression",
                    "T(java.lang.Runtime).getRuntime().exec(\"touch " + marker + "\")")
            .header("spring.cloud.function.definition", "createOrder")
            .POST(HttpRequest.BodyPublishers.ofString("hello polyfn")).build());
        Thread.sleep(300);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("HELLO POLYFN");
        assertThat(Files.exists(marker)).as("the expression ran").isFalse();
    }

    @Test
    void chunkedBodyOverTheLimitAnswers413() {
        byte[] big = Scenarios.padded(PolyfnProperties.DEFAULT_MAX_BODY_BYTES + 1);
        Observed answer = http().send(http().post("/createOrder")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void problemIsJsonWhateverTheAcceptHeader() {
        Observed answer = http().send(http().post("/createOrder")
            .header("Content-Type", "application/json").header("Accept", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString("{")).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void indexUploadReturnsTheIndexEntry() {
        Observed answer = postJson("/indexUpload",
                "{\"bucket\":\"docs\",\"key\":\"uploads/a b.pdf\",\"size\":1024,\"contentType\":\"application/pdf\","
                        + "\"eventType\":\"ObjectCreated:Put\"}");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode entry = JSON.readTree(answer.body());
        assertThat(entry.path("bucket").asString()).isEqualTo("docs");
        assertThat(entry.path("key").asString()).isEqualTo("uploads/a b.pdf");
        assertThat(entry.path("size").isIntegralNumber()).isTrue();
        assertThat(entry.path("size").asLong()).isEqualTo(1024);
        assertThat(entry.path("contentType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void indexUploadWithoutContentTypeAnswersNull() {
        Observed answer = postJson("/indexUpload", "{\"bucket\":\"docs\",\"key\":\"a\",\"size\":1}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("contentType").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"bucket\":\"docs\"}", "{\"bucket\":\"docs\",\"key\":\"a\",\"size\":-1}",
        "{\"bucket\":\"docs\",\"key\":\"a\",\"size\":\"big\"}", "[]" })
    void indexUploadRejectsIncompleteEvents(String body) {
        Observed answer = postJson("/indexUpload", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nightlyReportSummarisesAcceptedOrders() {
        postJson("/createOrder", Scenarios.VALID_ORDER);
        Observed answer = postJson("/nightlyReport", "{\"time\":\"2026-11-23T02:00:00Z\",\"scheduleName\":\"nightly\"}");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode report = JSON.readTree(answer.body());
        assertThat(report.path("schedule").asString()).isEqualTo("nightly");
        assertThat(report.path("orders").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unknownFunctionAnswers404Problem() {
        Observed answer = postJson("/noSuchFunction", "{}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void requestsTheServerRejectsItselfAreProblemsToo() {
        Observed answer = http().send(http().post("/upper%00case").header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.bodyText()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    }

    @Test
    void wrongMethodAnswers405Problem() {
        Observed answer = http().send(http().post("/createOrder").header("Accept", "text/html").GET().build());
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(405);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void unknownPathAnswers404Problem() {
        Observed answer = postJson("/no/such/path", "{}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("type").asString()).isEqualTo("about:blank");
    }

    @Test
    void healthIsUp() {
        Observed answer = http().get("/actuator/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void openApiDocumentsAPostForEachFunction() {
        Observed answer = http().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode api = JSON.readTree(answer.body());
        for (String path : new String[] { "/uppercase", "/createOrder", "/processPayment", "/indexUpload" }) {
            assertThat(api.path("paths").path(path).has("post")).as(path).isTrue();
        }
        JsonNode createOrder = api.path("paths").path("/createOrder").path("post");
        assertThat(createOrder.path("requestBody").path("content").has("application/json")).isTrue();
        assertThat(api.path("components").path("schemas").path("OrderRequest").path("properties").has("items")).isTrue();
        assertThat(api.path("components").path("schemas").path("OrderConfirmation").path("properties").has("total"))
            .isTrue();
        assertThat(api.path("paths").path("/processPayment").path("post").path("responses").has("202")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        HttpRequest request = http().post("/swagger-ui.html").GET().build();
        Observed redirect = http().send(request);
        assertThat(redirect.status()).isIn(200, 302);
        Observed page = http().get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.bodyText()).containsIgnoringCase("swagger");
        // springdoc's beans are lazy (LazySpringdoc): its page transformer still points the UI at the API document
        Observed initializer = http().get("/swagger-ui/swagger-initializer.js");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.bodyText()).contains("/v3/api-docs");
    }

    private Observed postJson(String path, String body) {
        return http().send(http().post(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private LocalHttp http() {
        return new LocalHttp(port);
    }
}
