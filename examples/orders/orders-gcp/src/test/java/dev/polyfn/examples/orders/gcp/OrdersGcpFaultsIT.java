package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.FaultFunctions;
import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failure injection under the real java-function-invoker: the testkit's {@link FaultFunctions} (on the invoker's
 * class path next to orders-gcp.jar, never among the example's functions) throw every kind of Throwable, hang,
 * return what cannot be written or more than Cloud Functions carries (32 MB). Each answers a problem, leaks nothing,
 * is logged once with its execution id, and the same invoker answers the next request.
 */
class OrdersGcpFaultsIT {

    private static final Map<String, InvokerProcess> INVOKERS = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void startInvokers() throws Exception {
        for (String function : new String[] {"fault", "faultFuture", "faultMono"}) {
            INVOKERS.put(function, InvokerProcess.withTestkit(InvokerProcess.HTTP_TARGET, FaultFunctions.CONFIGURATION,
                    function, Map.of("POLYFN_TIMEOUT", "1s"), "faults-" + function));
        }
        INVOKERS.put("events", InvokerProcess.withTestkit(InvokerProcess.CLOUD_EVENT_TARGET,
                FaultFunctions.CONFIGURATION, "fault", Map.of("POLYFN_TIMEOUT", "1s"), "faults-events"));
        for (InvokerProcess invoker : INVOKERS.values()) {
            invoker.awaitListening(Duration.ofSeconds(90));
        }
    }

    @AfterAll
    static void stopInvokers() throws InterruptedException {
        for (InvokerProcess invoker : INVOKERS.values()) {
            invoker.close();
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "fault, runtime, 500", "fault, error, 500", "fault, oom, 500", "fault, checked, 500", "fault, stack, 500",
        "fault, unserializable, 500", "fault, cycle, 500", "fault, hang, 504", "fault, stubborn, 504",
        "fault, large:33554433, 502",
        "faultFuture, runtime, 500", "faultFuture, checked, 500", "faultFuture, error, 500",
        "faultFuture, stack, 500", "faultFuture, never, 504",
        "faultMono, runtime, 500", "faultMono, checked, 500", "faultMono, error, 500", "faultMono, stack, 500",
        "faultMono, never, 504", "faultMono, blocking, 504"})
    void answersAProblemAndKeepsServing(String function, String fault, int status) throws Exception {
        InvokerProcess invoker = INVOKERS.get(function);
        String id = "exec-" + UUID.randomUUID();
        Answer answer = GcpHttpClient.post(invoker.port(), "/", "text/plain", fault.getBytes(StandardCharsets.UTF_8),
                Map.of("Function-Execution-Id", id));
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        Answers.assertProblem(status, answer.body());
        Answers.assertNoLeak(answer.text());
        assertLoggedOnce(invoker, id, status);

        Answer next = GcpHttpClient.post(invoker.port(), "/", "text/plain",
                "still here".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.text()).isEqualTo("STILL HERE");
    }

    @Test
    void anAnswerJustUnderThirtyTwoMegabytesIsDelivered() throws Exception {
        Answer answer = GcpHttpClient.post(INVOKERS.get("fault").port(), "/", "text/plain",
                "large:33554000".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).hasSize(33_554_000);
    }

    @ParameterizedTest(name = "event {0}")
    @CsvSource({"runtime", "stack", "hang", "checked"})
    void aFailedEventIsNotAcknowledgedAndTheNextOneIs(String fault) throws Exception {
        InvokerProcess events = INVOKERS.get("events");
        Answer failed = GcpHttpClient.binary(events.port(), event("ev-" + UUID.randomUUID()), "text/plain",
                fault.getBytes(StandardCharsets.UTF_8));
        assertThat(failed.status()).as("not acknowledged: Pub/Sub redelivers").isGreaterThanOrEqualTo(500);
        Answers.assertNoLeak(failed.text());
        Answer next = GcpHttpClient.binary(events.port(), event("ev-" + UUID.randomUUID()), "text/plain",
                "ok".getBytes(StandardCharsets.UTF_8));
        assertThat(next.status()).isBetween(200, 299);
    }

    private static byte[] event(String id) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"//example.com/faults\","
                + "\"type\":\"com.example.fault\",\"datacontenttype\":\"text/plain\",\"data\":\"x\"}")
            .getBytes(StandardCharsets.UTF_8);
    }

    /** One ERROR (500, 502) or WARNING (504) line names the execution id, and one invocation line gives its status. */
    private static void assertLoggedOnce(InvokerProcess invoker, String id, int status) throws Exception {
        String log = Files.readString(invoker.log());
        String cause = status == 504 ? "exceeded its deadline and was cancelled; requestId=" + id
                : "failed unexpectedly; requestId=" + id;
        assertThat(count(log, Pattern.quote(cause))).as("the failure, logged once:\n%s", invoker.logTail()).isEqualTo(1);
        assertThat(count(log, "status=" + status + " durationUs=\\d+ requestId=" + Pattern.quote(id)))
            .as("one invocation line").isEqualTo(1);
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
