package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GCP-specific HTTP behaviour of {@link PolyfnHttpFunction}: Google's headers, any path, streamed bodies. */
class PolyfnHttpFunctionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, List<String>> JSON_HEADERS = Map.of("Content-Type", List.of("application/json"));

    @Test
    void servesARecordedCloudFunctionsRequestAndIgnoresRoutingHeaders() throws Exception {
        Observed observed = call("createOrder", GcpFixtures.httpRequest("http-create-order.json"));

        assertThat(observed.status()).isEqualTo(200);
        assertThat(observed.contentType()).startsWith("application/json");
        JsonNode confirmation = JSON.readTree(observed.body());
        assertThat(confirmation.path("customerId").stringValue()).isEqualTo("c-42");
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/uppercase", "/some/deep/path", "/createOrder"})
    void servesTheDeployedFunctionAtAnyPath(String path) throws Exception {
        Observed observed = call("uppercase", InMemoryHttpRequest.of("POST", path, "a=1", Map.of(),
                "hello polyfn".getBytes(StandardCharsets.UTF_8)));

        assertThat(observed.status()).isEqualTo(200);
        assertThat(observed.bodyText()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void aQueryThatIsNotValidPercentEncodingIsDecodedLenientlyAsOnEveryTarget() throws Exception {
        Observed observed = call("uppercase", InMemoryHttpRequest.of("POST", "/", "x=%zz&y=%E0%A4%A", Map.of(),
                "hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(observed.status()).isEqualTo(200);
        assertThat(observed.bodyText()).isEqualTo("HELLO");
    }

    @Test
    void passesGooglesExecutionIdAndTraceToTheFunction() throws Exception {
        Observed observed = call("whoami", GcpFixtures.httpRequest("http-create-order.json"));

        JsonNode who = JSON.readTree(observed.body());
        assertThat(who.path("provider").stringValue()).isEqualTo("gcp");
        assertThat(who.path("requestId").stringValue()).isEqualTo("x8d1ivkw2f6s");
        assertThat(who.path("traceId").stringValue())
            .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void anExecutionIdThatIsNotAnIdIsReplacedByAFreshOne() throws Exception {
        Observed observed = call("whoami", InMemoryHttpRequest.of("POST", "/", null, Map.of(
                "Function-Execution-Id", List.of("abc\u0000def"), "traceparent", List.of("00-a b-01")),
                "x".getBytes(StandardCharsets.UTF_8)));

        JsonNode who = JSON.readTree(observed.body());
        assertThat(who.path("requestId").stringValue()).matches("[0-9a-f-]{36}");
        assertThat(who.path("traceId").isNull()).isTrue();
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413WithoutReadingItAll() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        Observed observed = call("createOrder", InMemoryHttpRequest.chunked("POST", "/", JSON_HEADERS, endless));

        assertThat(observed.status()).isEqualTo(413);
        assertThat(observed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aChunkedBodyAtTheLimitIsAccepted() throws Exception {
        byte[] atLimit = Scenarios.padded(PolyfnProperties.DEFAULT_MAX_BODY_BYTES);
        Observed observed = call("createOrder", InMemoryHttpRequest.chunked("POST", "/", JSON_HEADERS,
                new ByteArrayInputStream(atLimit)));

        assertThat(observed.status()).isEqualTo(200);
    }

    @Test
    void aBodyThatBreaksOffAnswers400NotA500() throws Exception {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream("{\"customerId\"".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset by peer");
                    }
                });
        Observed observed = call("createOrder", InMemoryHttpRequest.chunked("POST", "/", JSON_HEADERS, broken));

        assertThat(observed.status()).isEqualTo(400);
        assertThat(observed.bodyText()).doesNotContain("connection reset", "IOException");
    }

    @Test
    void tooManyHeadersAnswer431() throws Exception {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            headers.put("x-noise-" + i, List.of("v"));
        }
        Observed observed = call("uppercase", InMemoryHttpRequest.of("POST", "/", null, headers, new byte[] {'a'}));

        assertThat(observed.status()).isEqualTo(431);
        assertThat(observed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCloudSchedulerHttpJobIsAScheduleTick() throws Exception {
        Observed observed = call("tick", InMemoryHttpRequest.of("POST", "/", null, Map.of(
                "X-CloudScheduler", List.of("true"), "X-CloudScheduler-JobName", List.of("nightly-report"),
                "X-CloudScheduler-ScheduleTime", List.of("2026-11-23T02:00:00Z")), new byte[0]));

        assertThat(observed.status()).isEqualTo(200);
        assertThat(observed.bodyText()).isEqualTo("tick nightly-report");
    }

    @Test
    void aScheduleTickFunctionCalledWithoutSchedulerHeadersReadsTheBody() throws Exception {
        Observed observed = call("tick", InMemoryHttpRequest.of("POST", "/", null, JSON_HEADERS,
                "{\"time\":\"2026-11-23T02:00:00Z\",\"scheduleName\":\"manual\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(observed.bodyText()).isEqualTo("tick manual");
    }

    @Test
    void aBadSchedulerTimeAnswers400() throws Exception {
        Observed observed = call("tick", InMemoryHttpRequest.of("POST", "/", null, Map.of(
                "X-CloudScheduler-JobName", List.of("nightly-report"),
                "X-CloudScheduler-ScheduleTime", List.of("yesterday")), new byte[0]));

        assertThat(observed.status()).isEqualTo(400);
        assertThat(observed.contentType()).startsWith("application/problem+json");
    }

    private static Observed call(String function, InMemoryHttpRequest request) throws Exception {
        InMemoryHttpResponse response = new InMemoryHttpResponse();
        new PolyfnHttpFunction(GcpTestRuntimes.forFunction(function)).service(request, response);
        return response.observed();
    }
}
