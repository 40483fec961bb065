package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.Observed;

/**
 * {@link PolyfnHttpFunction} under arbitrary requests: method, path, query, headers, content type and body all come
 * from the fuzzer. Invariants: {@code service} never throws, the answer has a status below 500 and a Content-Type,
 * and a problem is well-formed and leaks nothing the caller did not send.
 */
class GcpHttpFuzzTest {

    private static final String[] FUNCTIONS = {"createOrder", "uppercase", "processPayment"};
    private static final String[] METHODS = {"POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS"};
    private static final String[] TYPES = {"application/json", "application/json; charset=utf-16", "text/plain",
        "text/plain; charset=x-unknown", "application/xml", "application/cloudevents+json", "", "*/*"};
    private static final String[] HEADERS = {"content-encoding", "traceparent", "x-cloud-trace-context",
        "function-execution-id", "spring.cloud.function.definition", "spring.cloud.function.routing-expression",
        "accept", "authorization", "x-request-id", "ce-type", "ce-id"};
    private static final Map<String, PolyfnHttpFunction> FUNCTION_BY_NAME = new ConcurrentHashMap<>();

    @FuzzTest(maxDuration = "2m")
    void httpRequests(FuzzedDataProvider data) throws Exception {
        String function = data.pickValue(FUNCTIONS);
        String method = data.consumeBoolean() ? data.pickValue(METHODS) : data.consumeString(10);
        String path = "/" + data.consumeString(40);
        String query = data.consumeBoolean() ? data.consumeString(60) : null;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            String name = data.consumeBoolean() ? data.pickValue(HEADERS) : data.consumeString(20);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(data.consumeString(80));
        }
        String type = data.consumeBoolean() ? data.pickValue(TYPES) : data.consumeString(40);
        headers.put("Content-Type", List.of(type));
        byte[] body = data.consumeRemainingAsBytes();

        InMemoryHttpResponse response = new InMemoryHttpResponse();
        function(function).service(InMemoryHttpRequest.of(method, path, query, headers, body), response);

        Observed answer = response.observed();
        assertThat(answer.status()).as("status of %s", answer.bodyText()).isBetween(200, 499);
        assertThat(answer.contentType()).isNotBlank();
        if (answer.contentType().startsWith("application/problem+json")) {
            Answers.assertProblemLeaksNothing(Answers.assertProblem(answer.status(), answer.body()),
                    method + path + query + headers + decoded(query)
                    + new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    private static String decoded(String query) {
        try {
            return query == null ? "" : java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static PolyfnHttpFunction function(String name) {
        return FUNCTION_BY_NAME.computeIfAbsent(name, fn -> new PolyfnHttpFunction(PolyfnRuntime.start(Map.of(
                PolyfnRuntime.CONFIGURATION_PROPERTY, GcpTestRuntimes.CONFIGURATION,
                "spring.cloud.function.definition", fn, "polyfn.logging.invocations", "false"))));
    }
}
