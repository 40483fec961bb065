package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.azure.functions.HttpMethod;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpRequestMessage;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example's {@code @FunctionName} methods called as the Java worker calls them, with the library's types and
 * documented invocation payloads, in one process-wide application started from {@code application.properties}.
 */
class OrdersAzureFunctionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OrdersHttpFunctions http = new OrdersHttpFunctions();
    private final OrdersEventFunctions events = new OrdersEventFunctions();

    @Test
    void uppercaseAnswersExactTextAndIgnoresRoutingHeaders() {
        TestHttpResponseMessage response = (TestHttpResponseMessage) http.uppercase(
                AzureInvocationFixture.load("http-uppercase.json").httpRequest("req"),
                TestExecutionContext.of("uppercase"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("text/plain");
        assertThat(new String(response.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("HELLO POLYFN");
    }

    @Test
    void createOrderAcceptsTheDocumentedRequest() {
        TestHttpResponseMessage response = (TestHttpResponseMessage) http.createOrder(
                AzureInvocationFixture.load("http-create-order.json").httpRequest("req"),
                TestExecutionContext.of("createOrder"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("application/json");
        JsonNode confirmation = JSON.readTree(response.bodyBytes());
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(confirmation.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void badInputThroughTheHttpTriggerIs4xxProblemJson() {
        TestHttpResponseMessage malformed = (TestHttpResponseMessage) http.createOrder(
                post("/api/createOrder", "application/json", "{customerId:"), TestExecutionContext.of("createOrder"));
        TestHttpResponseMessage xml = (TestHttpResponseMessage) http.createOrder(
                post("/api/createOrder", "application/xml", "<order/>"), TestExecutionContext.of("createOrder"));

        assertProblem(malformed, 400);
        assertProblem(xml, 415);
    }

    @Test
    void processPaymentOverHttpAnswers202WithNoBody() {
        TestHttpResponseMessage response = (TestHttpResponseMessage) http.processPayment(
                AzureInvocationFixture.load("http-process-payment.json").httpRequest("req"),
                TestExecutionContext.of("processPayment"));

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.bodyBytes()).isEmpty();
    }

    @Test
    void indexUploadOverHttpReadsAStorageEventBody() {
        TestHttpResponseMessage response = (TestHttpResponseMessage) http.indexUpload(
                AzureInvocationFixture.load("http-index-upload.json").httpRequest("req"),
                TestExecutionContext.of("indexUpload"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.bodyBytes()).path("key").asString()).isEqualTo("a.pdf");
    }

    @Test
    void aQueuedPaymentIsProcessedAndABadOneThrowsForRetry() {
        AzureInvocationFixture good = AzureInvocationFixture.load("queue-payment.json");
        AzureInvocationFixture zero = AzureInvocationFixture.load("queue-payment-zero-amount.json");
        AzureInvocationFixture unreadable = AzureInvocationFixture.load("queue-unreadable.json");

        assertThatCode(() -> events.processPaymentFromQueue(good.data("message"), good.metadata("Id"),
                TestExecutionContext.of("processPayment-queue"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> events.processPaymentFromQueue(zero.data("message"), zero.metadata("Id"),
                TestExecutionContext.of("processPayment-queue")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> events.processPaymentFromQueue(unreadable.data("message"), unreadable.metadata("Id"),
                TestExecutionContext.of("processPayment-queue")))
            .isInstanceOf(AzureInvocationException.class);
    }

    @Test
    void anUploadedBlobIsIndexedAndAPathWithoutContainerIsRejected() {
        AzureInvocationFixture blob = AzureInvocationFixture.load("blob-upload.json");

        assertThatCode(() -> events.indexUploadedBlob(blob.data("content").getBytes(StandardCharsets.UTF_8),
                blob.metadata("BlobTrigger"), blob.metadata("Properties"), TestExecutionContext.of("indexUpload-blob")))
            .doesNotThrowAnyException();
        assertThatThrownBy(() -> events.indexUploadedBlob(new byte[1], "uploads", null,
                TestExecutionContext.of("indexUpload-blob"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventGridBlobEventIsIndexedAndAnEventWithoutBlobFailsLoudly() {
        assertThatCode(() -> events.indexUploadEvent(AzureInvocationFixture.load("eventgrid-blob-created.json")
                .data("event"), TestExecutionContext.of("indexUpload-eventgrid"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> events.indexUploadEvent(AzureInvocationFixture.load("eventgrid-custom-payment.json")
                .data("event"), TestExecutionContext.of("indexUpload-eventgrid")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void theNightlyTimerRunsTheReport() {
        assertThatCode(() -> events.nightlyReport(AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"),
                TestExecutionContext.of("nightlyReport"))).doesNotThrowAnyException();
    }

    private static TestHttpRequestMessage post(String path, String contentType, String body) {
        return new TestHttpRequestMessage(HttpMethod.POST, URI.create("https://orders-polyfn.azurewebsites.net" + path),
                Map.of("Content-Type", contentType), Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(TestHttpResponseMessage response, int status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.bodyBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}
