package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.azure.functions.HttpMethod;
import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpRequestMessage;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.FaultFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failure injection through the Azure bindings (the bodies the worker calls), with the testkit's
 * {@link FaultFunctions}: over HTTP every fault is a problem (500 / 504) and the next request is answered; on a queue
 * every fault fails the invocation with {@link AzureInvocationException} carrying the status, so the host retries.
 */
class AzureFaultsTest {

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = PolyfnAzure.start(() -> PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                FaultFunctions.CONFIGURATION, "polyfn.timeout", "1s")), name -> null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource({
        "fault, runtime, 500", "fault, error, 500", "fault, checked, 500", "fault, stack, 500",
        "fault, unserializable, 500", "fault, hang, 504", "faultFuture, checked, 500", "faultFuture, never, 504",
        "faultMono, error, 500", "faultMono, blocking, 504"})
    void httpAnswersAProblemAndKeepsServing(String function, String fault, int status) {
        TestHttpResponseMessage response = post(function, fault);
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
        Answers.assertProblemLeaksNothing(Answers.assertProblem(status, response.bodyBytes()), fault);
        TestHttpResponseMessage next = post(function, "still here");
        assertThat(next.getStatusCode()).isEqualTo(200);
        assertThat(new String(next.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("STILL HERE");
    }

    @ParameterizedTest(name = "queue {0} -> {1}")
    @CsvSource({"runtime, 500", "stack, 500", "hang, 504", "checked, 500"})
    void aQueueMessageFailsTheInvocationSoTheHostRetries(String fault, int status) {
        AzureInvocationException failure = catchThrowableOfType(AzureInvocationException.class,
                () -> PolyfnAzureQueue.handle(app, fault.getBytes(StandardCharsets.UTF_8), "m-1", Map.of(),
                        TestExecutionContext.of("fault-queue")));
        assertThat(failure.status()).isEqualTo(status);
        Answers.assertNoLeak(failure.getMessage());
        assertThat(PolyfnAzureQueue.handle(app, "ok".getBytes(StandardCharsets.UTF_8), "m-2", Map.of(),
                TestExecutionContext.of("fault-queue")).bodyAsString()).isEqualTo("OK");
    }

    private static TestHttpResponseMessage post(String function, String body) {
        return (TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                new TestHttpRequestMessage(HttpMethod.POST, URI.create("https://orders.azurewebsites.net/api/" + function),
                        Map.of("Content-Type", "text/plain"), Map.of(), body), TestExecutionContext.of(function));
    }
}
