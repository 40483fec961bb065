package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.microsoft.azure.functions.HttpMethod;
import dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid;
import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpRequestMessage;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import dev.polyfn.core.testkit.Answers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Azure bindings under arbitrary input, as the Java worker hands them to the {@code @FunctionName} bodies: HTTP
 * requests (method, path, query, headers, body as the worker's string), Queue Storage messages and Event Grid events.
 * Invariants: an HTTP request gets a status below 500 with a Content-Type (these functions never fail on their own);
 * an event returns or throws {@link AzureInvocationException} with a 4xx status, nothing else; problems are
 * well-formed and leak nothing the caller did not send.
 */
class AzureBindingsFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PolyfnAzure APP = AzureTestApps.start(Map.of());
    private static final String[] FUNCTIONS = {"createOrder", "uppercase", "processPayment"};
    private static final String[] TYPES = {"application/json", "text/plain", "application/xml",
        "application/octet-stream", "application/json; charset=utf-16", ""};
    private static final String[] HEADERS = {"content-encoding", "traceparent", "x-ms-client-request-id",
        "spring.cloud.function.definition", "accept", "transfer-encoding", "content-length"};

    @FuzzTest(maxDuration = "2m")
    void httpRequests(FuzzedDataProvider data) {
        String function = data.pickValue(FUNCTIONS);
        HttpMethod method = data.pickValue(HttpMethod.values());
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = data.consumeInt(0, 5); i > 0; i--) {
            headers.put(data.consumeBoolean() ? data.pickValue(HEADERS) : data.consumeString(20), data.consumeString(60));
        }
        headers.put("Content-Type", data.consumeBoolean() ? data.pickValue(TYPES) : data.consumeString(40));
        Map<String, String> query = data.consumeBoolean() ? Map.of(data.consumeString(10), data.consumeString(30))
                : Map.of();
        String body = data.consumeRemainingAsString();
        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(APP,
                new TestHttpRequestMessage(method, URI.create("https://orders.azurewebsites.net/api/" + function),
                        headers, query, body), TestExecutionContext.of(function));
        assertThat(response.getStatusCode()).as("status of %s", text(response.bodyBytes())).isBetween(200, 499);
        String contentType = response.getHeader("Content-Type");
        assertThat(contentType).isNotBlank();
        if (contentType.startsWith("application/problem+json")) {
            Answers.assertProblemLeaksNothing(Answers.assertProblem(response.getStatusCode(), response.bodyBytes()),
                    headers + " " + query + " " + body);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void queueMessages(byte[] message) {
        event(message, () -> PolyfnAzureQueue.handle(APP, message, "m-1", Map.of(),
                TestExecutionContext.of("processPayment-queue")));
    }

    @FuzzTest(maxDuration = "2m")
    void eventGridEvents(byte[] event) {
        event(event, () -> PolyfnAzureEventGrid.handle(APP, new String(event, StandardCharsets.UTF_8),
                TestExecutionContext.of("processPayment-eventgrid")));
    }

    private static void event(byte[] sent, Runnable delivery) {
        try {
            delivery.run();
        }
        catch (AzureInvocationException e) {
            assertThat(e.status()).as("a failed event is the sender's fault: %s", e.getMessage()).isBetween(400, 499);
            Answers.assertNoLeak(e.getMessage(), new String(sent, StandardCharsets.UTF_8)
                    + new String(sent, StandardCharsets.ISO_8859_1));
        }
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
