package dev.polyfn.examples.orders.aws;

import static dev.polyfn.examples.orders.aws.DeployedLambda.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lambda Managed Instances: the runtime client with {@code AWS_LAMBDA_MAX_CONCURRENCY=8} runs eight invocations at
 * once in one process. Each answer, log line and invocation context belongs to its own invocation: its own request
 * id and its own trace id (from {@code Context.getXrayTraceId()}), never a stale process-wide one.
 */
class OrdersAwsConcurrencyIT {

    private static final Pattern LINE = Pattern.compile("function=estimateDelivery status=(\\d+) durationUs=\\d+"
            + " requestId=(\\S+) traceId=(\\S+)");

    @Test
    void overlappingInvocationsKeepTheirOwnIdsAnswersAndLogLines() {
        String stale = "Root=1-00000000-stalestalestalestalestale;Parent=0000000000000000;Sampled=0";
        try (DeployedLambda lambda = DeployedLambda.start("estimateDelivery-concurrent", "estimateDelivery",
                Map.of("AWS_LAMBDA_MAX_CONCURRENCY", "8", "POLYFN_TIMEOUT", "1500ms", "_X_AMZN_TRACE_ID", stale))) {
            List<CompletableFuture<RuntimeApiEmulator.Answer>> slow = new ArrayList<>();
            List<CompletableFuture<RuntimeApiEmulator.Answer>> fast = new ArrayList<>();
            Map<CompletableFuture<RuntimeApiEmulator.Answer>, String> traces = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                String trace = trace(i);
                CompletableFuture<RuntimeApiEmulator.Answer> answer = lambda.submit(
                        DeployedLambda.fixture("direct-estimate-delivery-slowpost.json"), Duration.ofSeconds(30), trace);
                slow.add(answer);
                traces.put(answer, trace);
            }
            for (int i = 8; i < 24; i++) {
                String trace = trace(i);
                CompletableFuture<RuntimeApiEmulator.Answer> answer = lambda.submit(
                        DeployedLambda.fixture("apigw-v1-estimate-delivery.json"), Duration.ofSeconds(30), trace);
                fast.add(answer);
                traces.put(answer, trace);
            }
            List<RuntimeApiEmulator.Answer> slowAnswers = slow.stream().map(lambda::await).toList();
            for (RuntimeApiEmulator.Answer answer : slowAnswers) {
                assertThat(answer.kind()).isEqualTo("error");
                JsonNode problem = DeployedLambda.JSON.readTree(json(answer).path("errorMessage").asString());
                assertThat(problem.path("status").asInt()).isEqualTo(504);
                assertThat(problem.path("instance").asString()).as("the answer names its own invocation")
                    .isEqualTo("urn:polyfn:request:" + answer.requestId());
            }
            long overlapping = slowAnswers.stream()
                .filter(a -> slowAnswers.stream().anyMatch(b -> b != a && a.overlaps(b))).count();
            assertThat(overlapping).as("the slow invocations really ran at the same time").isEqualTo(8);
            for (CompletableFuture<RuntimeApiEmulator.Answer> future : fast) {
                JsonNode out = json(lambda.await(future));
                assertThat(out.path("statusCode").asInt()).isEqualTo(200);
                assertThat(DeployedLambda.JSON.readTree(out.path("body").asString()).path("days").asInt())
                    .isBetween(1, 10);
            }

            Map<String, String> loggedTrace = new HashMap<>();
            Matcher line = LINE.matcher(lambda.process().log());
            while (line.find()) {
                assertThat(loggedTrace.put(line.group(2), line.group(3))).as("one line per invocation").isNull();
            }
            assertThat(loggedTrace).hasSize(24);
            traces.forEach((future, trace) -> assertThat(loggedTrace.get(future.join().requestId()))
                .as("the line of %s carries its own trace id", future.join().requestId()).isEqualTo(trace));
            assertThat(lambda.process().log()).doesNotContain("stalestale")
                .contains("Starting 8 concurrent function handler threads");
        }
    }

    private static String trace(int i) {
        return String.format("Root=1-6741a1b2-%024x;Parent=%016x;Sampled=1", i + 1, i + 1);
    }
}
