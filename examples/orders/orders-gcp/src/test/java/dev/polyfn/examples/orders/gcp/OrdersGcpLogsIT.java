package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Log lines under the real invoker: Cloud Logging's structured JSON, one object per line with {@code severity} and
 * {@code message}, the request's trace as {@code logging.googleapis.com/trace} (project from GOOGLE_CLOUD_PROJECT)
 * and the execution id as a label; every line of an invocation carries its request id; no line holds the body.
 */
class OrdersGcpLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static InvokerProcess createOrder;

    @BeforeAll
    static void startInvoker() throws Exception {
        createOrder = InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"), InvokerProcess.HTTP_TARGET,
                Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "createOrder", "GOOGLE_CLOUD_PROJECT", "polyfn-demo"),
                "createOrder-logs");
        createOrder.awaitListening(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopInvoker() throws InterruptedException {
        if (createOrder != null) {
            createOrder.close();
        }
    }

    @Test
    void everyLineOfAnInvocationIsStructuredJsonWithTheTraceAndExecutionId() throws Exception {
        Answer warm = post("exec-warm");
        assertThat(warm.status()).isEqualTo(200);
        long before = Files.size(createOrder.log());
        Answer answer = post("exec-logs-1");
        assertThat(answer.status()).isEqualTo(200);
        String tail = new String(Files.readAllBytes(createOrder.log()), StandardCharsets.UTF_8)
            .substring((int) before);
        List<JsonNode> lines = tail.lines().filter(l -> !l.isBlank()).map(line -> {
            assertThat(line).as("one JSON object per line").startsWith("{").endsWith("}");
            return JSON.readTree(line);
        }).toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.path("severity").asString()).isEqualTo("INFO");
            assertThat(line.path("message").asString()).isNotBlank();
            assertThat(line.path("logging.googleapis.com/trace").asString())
                .isEqualTo("projects/polyfn-demo/traces/4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(line.path("logging.googleapis.com/spanId").asString()).isEqualTo("00f067aa0ba902b7");
            assertThat(line.path("logging.googleapis.com/labels").path("execution_id").asString())
                .isEqualTo("exec-logs-1");
        });
        assertThat(lines.get(0).path("message").asString()).contains("accepted");
        assertThat(Files.readString(createOrder.log())).as("no line holds the request body")
            .doesNotContain("c-42", "BOOK-1");
    }

    private static Answer post(String executionId) throws Exception {
        return GcpHttpClient.post(createOrder.port(), "/", "application/json",
                OrdersGcpHttpIT.ORDER.getBytes(StandardCharsets.UTF_8), Map.of("Function-Execution-Id", executionId,
                        "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }
}
