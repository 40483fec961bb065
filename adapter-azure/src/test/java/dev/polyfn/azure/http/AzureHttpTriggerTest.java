package dev.polyfn.azure.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpRequestMessage;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Azure HTTP trigger invocations from documented request payloads, through {@link PolyfnAzureHttp}. */
class AzureHttpTriggerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_ECHO_BINARY", "echoBytes"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void createOrderAnswersTheConfirmationAsJson() {
        TestHttpResponseMessage response = send("http-create-order.json", "createOrder");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("application/json");
        JsonNode confirmation = JSON.readTree(response.bodyBytes());
        assertThat(confirmation.path("orderId").asString()).isNotBlank();
        assertThat(confirmation.path("customerId").asString()).isEqualTo("c-42");
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(confirmation.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void routingHeadersInTheRequestNeverChooseTheFunction() {
        TestHttpResponseMessage response = send("http-uppercase.json", "uppercase");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("text/plain");
        assertThat(new String(response.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("HELLO POLYFN");
        assertThat(response.headers()).noneSatisfy((name, value) -> assertThat(name).startsWith("spring."));
    }

    @Test
    void theFunctionSeesMethodPathQueryAndOnlyAllowListedHeaders() {
        JsonNode seen = JSON.readTree(send("http-create-order.json", "requestEcho").bodyBytes());

        assertThat(seen.path("method").asString()).isEqualTo("POST");
        assertThat(seen.path("path").asString()).isEqualTo("/api/createOrder");
        assertThat(seen.path("query").path("code").get(0).asString()).isEqualTo("function-key");
        assertThat(seen.path("headers").path("content-type").get(0).asString()).isEqualTo("application/json; charset=utf-8");
        assertThat(seen.path("headers").path("traceparent").get(0).asString()).isEqualTo(TRACEPARENT);
        assertThat(seen.path("headers").has("x-arr-log-id")).isFalse();
        assertThat(seen.path("headers").has("x-forwarded-for")).isFalse();
        assertThat(JSON.readTree(seen.path("body").asString()).path("customerId").asString()).isEqualTo("c-42");
    }

    @Test
    void aFunctionsStatusAndHeadersReachTheResponseButInternalHeadersDoNot() {
        TestHttpResponseMessage response = send("http-uppercase.json", "created");

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/orders/o-1");
        assertThat(response.getHeader("id")).isNull();
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aConsumerAnswers202WithNoBodyButAContentType() {
        TestHttpResponseMessage response = send("http-process-payment.json", "processPayment");

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.getBody()).isNull();
        assertThat(response.getHeader("Content-Type")).isNotBlank();
    }

    @Test
    void aBinaryBodyTheWorkerCouldDecodeArrivesAndLeavesByteForByte() {
        byte[] valid = "\u0000\u0001 caf\u00e9 \u2603 \uD83D\uDE00".getBytes(java.nio.charset.Charset.defaultCharset());
        TestHttpRequestMessage request = post("/api/echo-binary", Map.of("Content-Type", "application/octet-stream"),
                valid);

        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(app, request,
                TestExecutionContext.of("echo-binary"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isInstanceOf(byte[].class);
        assertThat(response.bodyBytes()).isEqualTo(valid);
    }

    @Test
    void aBinaryBodyTheWorkerDamagedIsRefusedToABytesFunction() {
        TestHttpRequestMessage request = post("/api/echo-binary", Map.of("Content-Type", "application/octet-stream"),
                "\u0001\uFFFD\u0002");

        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(app, request,
                TestExecutionContext.of("echo-binary"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(new String(response.bodyBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("byte for byte");
    }

    @Test
    void theExecutionContextBecomesThePortableContext() {
        TestExecutionContext context = new TestExecutionContext("7b0a2c4e-1d3f-4a5b-9c7d-8e9f0a1b2c3d", "whoami",
                TRACEPARENT);

        JsonNode seen = JSON.readTree(((TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                post("/api/whoami", Map.of("Content-Type", "text/plain"), "x".getBytes(StandardCharsets.UTF_8)),
                context)).bodyBytes());

        assertThat(seen.path("requestId").asString()).isEqualTo("7b0a2c4e-1d3f-4a5b-9c7d-8e9f0a1b2c3d");
        assertThat(seen.path("provider").asString()).isEqualTo("azure");
        assertThat(seen.path("traceId").asString()).isEqualTo(TRACEPARENT);
        assertThat(seen.path("hasDeadline").asBoolean()).isFalse();
        assertThat(seen.path("attributes").path("functionName").asString()).isEqualTo("whoami");
    }

    @Test
    void theTraceparentHeaderIsTheTraceWhenTheHostGivesNoTraceContext() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain");
        headers.put("traceparent", TRACEPARENT);

        JsonNode seen = JSON.readTree(((TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                post("/api/whoami", headers, "x".getBytes(StandardCharsets.UTF_8)),
                new TestExecutionContext("id-1", "whoami", null))).bodyBytes());

        assertThat(seen.path("traceId").asString()).isEqualTo(TRACEPARENT);
    }

    @Test
    void aContextWithoutTraceContextOrInvocationIdStillGivesAPortableContext() {
        ExecutionContext bare = new ExecutionContext() {
            @Override
            public Logger getLogger() {
                return Logger.getAnonymousLogger();
            }

            @Override
            public String getInvocationId() {
                return null;
            }

            @Override
            public String getFunctionName() {
                return "whoami";
            }
        };

        JsonNode seen = JSON.readTree(((TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                post("/api/whoami", Map.of("Content-Type", "text/plain"), "x".getBytes(StandardCharsets.UTF_8)),
                bare)).bodyBytes());

        assertThat(seen.path("requestId").asString()).isNotBlank();
        assertThat(seen.path("provider").asString()).isEqualTo("azure");
        assertThat(seen.path("traceId").isNull()).isTrue();
    }

    @Test
    void aMissingBodyForAJsonFunctionIs400ProblemJson() {
        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                post("/api/createOrder", Map.of("Content-Type", "application/json"), (byte[]) null),
                TestExecutionContext.of("createOrder"));

        assertProblem(response, 400);
    }

    @Test
    void tooManyHeadersAre431ProblemJson() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            headers.put("x-extra-" + i, "v");
        }

        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                post("/api/uppercase", headers, "hi".getBytes(StandardCharsets.UTF_8)),
                TestExecutionContext.of("uppercase"));

        assertProblem(response, 431);
    }

    @Test
    void theConfiguredBodyLimitHoldsForTheWholeArrayTheWorkerHandsOver() {
        try (PolyfnAzure small = AzureTestApps.start(Map.of(), Map.of("polyfn.limits.max-body-bytes", "16"))) {
            TestHttpResponseMessage atLimit = (TestHttpResponseMessage) PolyfnAzureHttp.handle(small,
                    post("/api/uppercase", Map.of("Content-Type", "text/plain"), "x".repeat(16).getBytes()),
                    TestExecutionContext.of("uppercase"));
            TestHttpResponseMessage over = (TestHttpResponseMessage) PolyfnAzureHttp.handle(small,
                    post("/api/uppercase", Map.of("Content-Type", "text/plain"), "x".repeat(17).getBytes()),
                    TestExecutionContext.of("uppercase"));

            assertThat(atLimit.getStatusCode()).isEqualTo(200);
            assertProblem(over, 413);
        }
    }

    private static TestHttpResponseMessage send(String fixture, String azureFunction) {
        AzureInvocationFixture invocation = AzureInvocationFixture.load(fixture);
        return (TestHttpResponseMessage) PolyfnAzureHttp.handle(app, invocation.httpRequest("req"),
                TestExecutionContext.of(azureFunction));
    }

    private static TestHttpRequestMessage post(String path, Map<String, String> headers, String body) {
        return new TestHttpRequestMessage(HttpMethod.POST, URI.create("https://orders-polyfn.azurewebsites.net" + path),
                headers, Map.of(), body);
    }

    private static TestHttpRequestMessage post(String path, Map<String, String> headers, byte[] body) {
        return new TestHttpRequestMessage(HttpMethod.POST, URI.create("https://orders-polyfn.azurewebsites.net" + path),
                headers, Map.of(), body);
    }

    static void assertProblem(TestHttpResponseMessage response, int status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.bodyBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}
