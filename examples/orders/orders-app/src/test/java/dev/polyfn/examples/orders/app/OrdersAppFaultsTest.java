package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.FaultFunctions;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.local.PolyfnLocalApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failure injection in the real orders app over real HTTP: the testkit's {@link FaultFunctions}, added to this test's
 * application only (never among the example's functions), throw every kind of Throwable or hang. Each answers a
 * problem, leaks nothing, is logged once with its request id, and the app answers the next request. (The local app
 * has no response-size limit: Tomcat streams any size.)
 */
@SpringBootTest(classes = {PolyfnLocalApplication.class, FaultFunctions.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "polyfn.timeout=1s")
@ExtendWith(OutputCaptureExtension.class)
class OrdersAppFaultsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "fault, runtime, 500", "fault, error, 500", "fault, oom, 500", "fault, checked, 500", "fault, stack, 500",
        "fault, unserializable, 500", "fault, cycle, 500", "fault, hang, 504", "fault, stubborn, 504",
        "faultFuture, runtime, 500", "faultFuture, checked, 500", "faultFuture, error, 500",
        "faultFuture, stack, 500", "faultFuture, never, 504",
        "faultMono, runtime, 500", "faultMono, checked, 500", "faultMono, error, 500", "faultMono, stack, 500",
        "faultMono, never, 504", "faultMono, blocking, 504"})
    void answersAProblemAndKeepsServing(String function, String fault, int status, CapturedOutput output) {
        LocalHttp http = new LocalHttp(port);
        String id = "req-" + UUID.randomUUID();
        Observed answer = http.send(request(http, function, fault).header("x-request-id", id).build());
        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        Answers.assertProblem(status, answer.body());
        Answers.assertNoLeak(answer.bodyText());
        String cause = status == 504 ? "exceeded its deadline and was cancelled; requestId=" + id
                : "failed unexpectedly; requestId=" + id;
        assertThat(count(output.getAll(), Pattern.quote(cause))).as("the failure, logged once").isEqualTo(1);

        Observed next = http.send(request(http, function, "still here").build());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.bodyText()).isEqualTo("STILL HERE");
    }

    private static HttpRequest.Builder request(LocalHttp http, String function, String body) {
        return http.post("/" + function).header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body));
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
