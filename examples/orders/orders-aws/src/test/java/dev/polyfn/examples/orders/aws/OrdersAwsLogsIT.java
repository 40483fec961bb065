package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Log lines under the real runtime client: every line written during an invocation, Polyfn's own and the
 * function's through SLF4J (also from the function's own threads), carries the invocation's request id; with
 * {@code AWS_LAMBDA_LOG_FORMAT=JSON} each is one JSON object with Lambda's field names; no line holds the body.
 */
class OrdersAwsLogsIT {

    @Test
    void inLambdasJsonFormatEveryLineOfAnInvocationIsOneJsonObjectWithItsRequestId() {
        try (DeployedLambda lambda = DeployedLambda.start("createOrder-json", "createOrder",
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "INFO"))) {
            lambda.invoke("apigw-v1-create-order.json");
            int before = lambda.process().log().length();
            RuntimeApiEmulator.Answer answer = lambda.invoke("apigw-v1-create-order.json");
            assertThat(DeployedLambda.json(answer).path("statusCode").asInt()).isEqualTo(200);
            List<JsonNode> lines = jsonLines(lambda.process().log().substring(before));
            assertThat(lines).hasSize(2).allSatisfy(line -> {
                assertThat(line.path("AWSRequestId").asString()).isEqualTo(answer.requestId());
                assertThat(line.path("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
                assertThat(line.path("level").asString()).isEqualTo("INFO");
                assertThat(line.path("message").asString()).isNotBlank();
            });
            assertThat(lines.get(0).path("message").asString()).startsWith("Order ").contains("accepted");
            assertThat(lines.get(0).path("logger").asString()).isEqualTo("dev.polyfn.examples.orders.OrdersFunctions");
            assertThat(lines.get(1).path("logger").asString()).isEqualTo("dev.polyfn.invocation");
            assertThat(lines.get(1).path("_aws").path("CloudWatchMetrics").isArray())
                .as("the invocation line carries its CloudWatch metrics (EMF)").isTrue();
            assertThat(lambda.process().log()).as("no line holds the request body").doesNotContain("c-42", "BOOK-1");
        }
    }

    @Test
    void lambdasLogLevelDropsLowerLevels() {
        try (DeployedLambda lambda = DeployedLambda.start("createOrder-warn", "createOrder",
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "WARN"))) {
            RuntimeApiEmulator.Answer answer = lambda.invoke("apigw-v1-create-order.json");
            assertThat(DeployedLambda.json(answer).path("statusCode").asInt()).isEqualTo(200);
            assertThat(lambda.process().log()).doesNotContain("accepted").doesNotContain("\"level\":\"INFO\"");
        }
    }

    @Test
    void inTextFormatLinesFromTheFunctionsOwnThreadsCarryTheRequestId() {
        try (DeployedLambda lambda = DeployedLambda.start("estimateDelivery-text", "estimateDelivery", Map.of())) {
            RuntimeApiEmulator.Answer answer = lambda.await(lambda.submit(
                    DeployedLambda.fixture("direct-estimate-delivery.json"), Duration.ofSeconds(30),
                    RuntimeApiEmulator.TRACE_ID));
            assertThat(answer.kind()).isEqualTo("response");
            List<String> lines = lambda.process().log().lines().filter(l -> l.contains(answer.requestId())).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("^\\S+ INFO dev\\.polyfn\\.examples\\.orders\\.CarrierRates Carrier answered: \\d+ days requestId="
                        + answer.requestId() + " traceId=.*"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("function=estimateDelivery status=200"));
        }
    }

    private static List<JsonNode> jsonLines(String log) {
        return log.lines().filter(l -> !l.isBlank()).map(line -> {
            assertThat(line).as("one JSON object per line").startsWith("{").endsWith("}");
            return DeployedLambda.JSON.readTree(line);
        }).toList();
    }
}
