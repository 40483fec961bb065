package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.FaultFunctions;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of failure a function can have answers a problem (500 for what it threw, 502 for an answer the platform
 * cannot carry, 504 for one that does not come in time), leaks nothing, and the invoker keeps serving.
 */
class FaultInjectionTest {

    private static PolyfnRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                FaultFunctions.CONFIGURATION, "polyfn.timeout", "800ms"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "fault, runtime, 500", "fault, error, 500", "fault, oom, 500", "fault, checked, 500", "fault, stack, 500",
        "fault, unserializable, 500", "fault, cycle, 500", "fault, hang, 504", "fault, stubborn, 504",
        "faultFuture, runtime, 500", "faultFuture, checked, 500", "faultFuture, error, 500",
        "faultFuture, stack, 500", "faultFuture, never, 504",
        "faultMono, runtime, 500", "faultMono, checked, 500", "faultMono, error, 500", "faultMono, stack, 500",
        "faultMono, never, 504", "faultMono, blocking, 504"})
    void answersAProblemAndKeepsServing(String function, String fault, int status) {
        PolyfnInvoker invoker = runtime.functions().invoker(function);
        long start = System.nanoTime();
        PortableResponse response = invoker.invoke(Scenarios.post("/" + function, "text/plain", fault));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered by the deadline")
            .isLessThan(Duration.ofSeconds(3));
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(PortableResponse.PROBLEM_JSON);
        Answers.assertProblem(status, response.body());
        Answers.assertNoLeak(response.bodyAsString());

        PortableResponse next = invoker.invoke(Scenarios.post("/" + function, "text/plain", "still here"));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.bodyAsString()).contains("STILL HERE");
    }

    @Test
    void anAnswerOverThePlatformsLimitAnswers502() {
        PolyfnInvoker invoker = runtime.functions().invoker("fault");
        ResponseLimit limit = new ResponseLimit("Test Cloud", 200_000, r -> r.body().length + 100);
        PortableResponse response = invoker.invoke(Scenarios.post("/fault", "text/plain", "large:199950"), limit);
        assertThat(response.status()).isEqualTo(502);
        assertThat(Answers.assertProblem(502, response.body()).path("detail").asString())
            .isEqualTo("The function's answer (200050 bytes as sent) is larger than Test Cloud's limit of 200000 bytes.");
        assertThat(invoker.invoke(Scenarios.post("/fault", "text/plain", "large:199900"), limit).status())
            .as("at the limit, envelope included").isEqualTo(200);
    }

    @Test
    void smallAnswersAreNeverMeasured() {
        ResponseLimit limit = new ResponseLimit("Test Cloud", 1_000_000, r -> {
            throw new AssertionError("measured");
        });
        PortableResponse response = runtime.functions().invoker("fault")
            .invoke(Scenarios.post("/fault", "text/plain", "large:1000"), limit);
        assertThat(response.status()).isEqualTo(200);
    }
}
