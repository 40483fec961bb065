package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.internal.InvalidInputException;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the invoker beyond the shared scenarios: context, batches, header policy and limits. */
class PolyfnInvokerTest {

    private static PolyfnRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION,
                "spring.cloud.function.definition", "processPayment"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void contextReachesTheFunctionAndIsClearedAfterwards() {
        PolyfnInvoker whoami = runtime.functions().invoker("whoami");
        InvocationContext context = new InvocationContext("req-1", "aws", java.time.Instant.now().plusSeconds(30),
                "Root=1-6741a1b2-0123456789abcdef01234567", Map.of("functionArn", "arn:aws:lambda:eu-west-1:1:function:f"), null);
        PortableResponse response = whoami.invoke(Scenarios.post("/", "text/plain", "x").toBuilder()
            .context(context).build());
        assertThat(response.bodyAsString()).contains("\"requestId\":\"req-1\"", "\"provider\":\"aws\"",
                "\"traceId\":\"Root=1-6741a1b2-0123456789abcdef01234567\"", "\"hasDeadline\":true", "functionArn");
        assertThat(InvocationContext.current()).isEmpty();
    }

    @Test
    void batchFailsOnlyTheFailingRecords() {
        List<BatchRecord> records = List.of(payment("a", null, "10"), payment("b", null, "0"),
                payment("c", null, "{"), payment("d", null, "5"));
        BatchResult result = runtime.invoker().invokeBatch(records, BatchOrdering.UNORDERED);
        assertThat(result.failedIds()).containsExactly("b", "c");
    }

    @Test
    void perGroupBatchHoldsBackOnlyTheFailedGroup() {
        List<BatchRecord> records = List.of(payment("a1", "a", "10"), payment("a2", "a", "0"),
                payment("b1", "b", "5"), payment("a3", "a", "5"), payment("b2", "b", "7"));
        BatchResult result = runtime.invoker().invokeBatch(records, BatchOrdering.PER_GROUP);
        assertThat(result.failedIds()).containsExactly("a2", "a3");
    }

    @Test
    void sequenceBatchStopsAtTheFirstFailureAndReportsOnlyIt() {
        List<BatchRecord> records = List.of(payment("1", null, "10"), payment("2", null, "0"),
                payment("3", null, "5"));
        BatchResult result = runtime.invoker().invokeBatch(records, BatchOrdering.SEQUENCE);
        assertThat(result.failedIds()).containsExactly("2");
    }

    @Test
    void onlyAllowListedHeadersReachTheFunction() {
        PolyfnInvoker echo = runtime.functions().invoker("uppercase");
        PortableRequest request = Scenarios.post("/", "text/plain", "x").toBuilder()
            .header("x-secret-internal", "1").header("spring.cloud.function.definition", "explode").build();
        assertThat(echo.invoke(request).status()).isEqualTo(200);
        PortableRequest visible = new dev.polyfn.core.internal.HeaderPolicy(runtime.properties()).filter(request);
        assertThat(visible.headers()).containsKey("content-type").doesNotContainKeys("x-secret-internal",
                "spring.cloud.function.definition");
    }

    @Test
    void tooManyHeadersAnswer431() {
        PortableRequest.Builder builder = Scenarios.post("/", "text/plain", "x").toBuilder();
        for (int i = 0; i < 150; i++) {
            builder.header("x-h" + i, "v");
        }
        PortableResponse response = runtime.functions().invoker("uppercase").invoke(builder.build());
        assertThat(response.status()).isEqualTo(431);
        assertThat(response.contentType()).isEqualTo(PortableResponse.PROBLEM_JSON);
    }

    @Test
    void streamedBodyOverTheLimitIsRefusedWhileReading() {
        byte[] big = new byte[(int) PolyfnProperties.DEFAULT_MAX_BODY_BYTES + 1];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.invoker().readBody(new ByteArrayInputStream(big)))
            .isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).status()).isEqualTo(413));
        assertThat(runtime.invoker().readBody(new ByteArrayInputStream(new byte[10]))).hasSize(10);
    }

    @Test
    void rejectRendersAProblemForUndecodableInput() {
        PortableResponse response = runtime.invoker().reject(Scenarios.post("/pay", null, ""), 400,
                "Body is not valid base64.");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).contains("\"detail\":\"Body is not valid base64.\"", "\"instance\":\"/pay\"");
    }

    @Test
    void functionChosenResponseHeadersAreFiltered() {
        var headers = new dev.polyfn.core.internal.HeaderPolicy(runtime.properties()).responseHeaders(Map.of(
                "X-Order", "o-1", "Content-Type", "text/html", "spring.cloud.function.definition", "x",
                "X-Split", "a\r\nSet-Cookie: b"));
        assertThat(headers).containsOnlyKeys("X-Order");
    }

    @Test
    void anEventBoundToAnotherTypeIsValidatedToo() {
        PortableRequest storageEvent = PortableRequest.event(new StorageObjectEvent("b", "k", 1, null, "put")).build();
        PortableResponse response = runtime.invoker().invoke(storageEvent);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).contains("paymentId");
    }

    private static BatchRecord payment(String id, String group, String amount) {
        String body = amount.equals("{") ? "{" : "{\"paymentId\":\"" + id + "\",\"orderId\":\"o\",\"amount\":" + amount + "}";
        QueueMessage message = new QueueMessage(id, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(), "q");
        return new BatchRecord(id, group,
                PortableRequest.event(message).body(message.body()).contentType("application/json").build());
    }
}
