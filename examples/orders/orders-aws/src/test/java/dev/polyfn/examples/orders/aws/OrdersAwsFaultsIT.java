package dev.polyfn.examples.orders.aws;

import static dev.polyfn.examples.orders.aws.DeployedLambda.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.FaultFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Failure injection under the real runtime client: functions of the testkit ({@link FaultFunctions}, on the class
 * path next to orders-aws.jar, never among the example's functions) that throw every kind of Throwable, hang, return
 * what cannot be written or more than Lambda carries. Each answers a problem (500 / 502 / 504), leaks nothing, is
 * logged once with its request id, and the same process answers the next invocation.
 */
class OrdersAwsFaultsIT {

    private static final Map<String, DeployedLambda> DEPLOYED = new ConcurrentHashMap<>();

    private static DeployedLambda deployed(String definition) {
        return DEPLOYED.computeIfAbsent(definition, d -> DeployedLambda.withTestkit("faults-" + d,
                FaultFunctions.CONFIGURATION, d, Map.of("POLYFN_TIMEOUT", "1s")));
    }

    @AfterAll
    static void stopAll() {
        DEPLOYED.values().forEach(DeployedLambda::close);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "fault, runtime, 500", "fault, error, 500", "fault, oom, 500", "fault, checked, 500", "fault, stack, 500",
        "fault, unserializable, 500", "fault, cycle, 500", "fault, hang, 504", "fault, stubborn, 504",
        "fault, large:6291400, 502", "fault, quotes:3500000, 502",
        "faultFuture, runtime, 500", "faultFuture, checked, 500", "faultFuture, error, 500",
        "faultFuture, stack, 500", "faultFuture, never, 504",
        "faultMono, runtime, 500", "faultMono, checked, 500", "faultMono, error, 500", "faultMono, stack, 500",
        "faultMono, never, 504", "faultMono, blocking, 504"})
    void apiGatewayGetsAProblemAndTheProcessKeepsServing(String function, String fault, int status) {
        DeployedLambda lambda = deployed(function);
        RuntimeApiEmulator.Answer answer = lambda.invoke(event(fault));
        assertThat(answer.kind()).as(answer.text()).isEqualTo("response");
        JsonNode response = json(answer);
        assertThat(response.path("statusCode").asInt()).isEqualTo(status);
        assertThat(response.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        Answers.assertProblem(status, response.path("body").asString().getBytes(StandardCharsets.UTF_8));
        Answers.assertNoLeak(answer.text());
        assertLoggedOnce(lambda, answer.requestId(), status);

        JsonNode next = json(lambda.invoke(event("still here")));
        assertThat(next.path("statusCode").asInt()).isEqualTo(200);
        assertThat(next.path("body").asString()).isEqualTo("STILL HERE");
    }

    @ParameterizedTest(name = "direct {0} -> {1}")
    @CsvSource({"runtime, 500", "stack, 500", "hang, 504", "large:6291456, 502"})
    void aDirectInvocationIsAFunctionErrorCarryingTheProblem(String fault, int status) {
        DeployedLambda lambda = deployed("fault");
        RuntimeApiEmulator.Answer answer = lambda.invoke(("\"" + fault + "\"").getBytes(StandardCharsets.UTF_8));
        assertThat(answer.kind()).isEqualTo("error");
        String problem = json(answer).path("errorMessage").asString();
        Answers.assertProblem(status, problem.getBytes(StandardCharsets.UTF_8));
        Answers.assertNoLeak(problem);
        // the runtime client names the exception class itself: Polyfn's documented one, with no stack trace
        assertThat(json(answer).path("errorType").asString()).isEqualTo("dev.polyfn.aws.FunctionErrorException");
        assertThat(json(answer).path("stackTrace").isEmpty()).isTrue();
        assertThat(json(lambda.invoke("\"ok\"".getBytes(StandardCharsets.UTF_8))).asString()).isEqualTo("OK");
    }

    @ParameterizedTest(name = "ALB {0} -> {1}")
    @CsvSource({"large:1000000, 200", "large:1048576, 502"})
    void anAlbCarriesOneMegabyte(String fault, int status) {
        ObjectNode event = DeployedLambda.fixtureTree("alb-uppercase.json");
        event.put("body", fault).put("isBase64Encoded", false);
        RuntimeApiEmulator.Answer answer = deployed("fault").invoke(DeployedLambda.JSON.writeValueAsBytes(event));
        assertThat(json(answer).path("statusCode").asInt()).isEqualTo(status);
        assertThat(answer.body().length).isLessThanOrEqualTo(1024 * 1024);
    }

    private static byte[] event(String body) {
        ObjectNode event = DeployedLambda.fixtureTree("apigw-v1-uppercase.json");
        event.put("body", body).put("isBase64Encoded", false);
        return DeployedLambda.JSON.writeValueAsBytes(event);
    }

    /** One ERROR (500, 502) or WARN (504) line names the request id, and one invocation line gives its status. */
    private static void assertLoggedOnce(DeployedLambda lambda, String requestId, int status) {
        String log = lambda.process().log();
        String cause = status == 504 ? "exceeded its deadline and was cancelled; requestId=" + requestId
                : "failed unexpectedly; requestId=" + requestId;
        assertThat(count(log, Pattern.quote(cause))).as("the failure, logged once:\n%s", tail(log)).isEqualTo(1);
        assertThat(count(log, "status=" + status + " durationUs=\\d+ requestId=" + Pattern.quote(requestId)))
            .as("one invocation line").isEqualTo(1);
        assertThat(log).doesNotContain("Exception in thread");
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String tail(String log) {
        return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
    }
}
