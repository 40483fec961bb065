package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import dev.polyfn.examples.orders.gcp.GcpHttpClient.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * orders-gcp.jar's {@code PolyfnCloudEventFunction} under the real java-function-invoker 2.0.0, with the fixtures
 * from events/gcp sent in structured and binary mode. A 2xx answer acknowledges the event; anything else makes the
 * platform redeliver it. The function's own status is read from core's invocation log line in the process output.
 */
class OrdersGcpCloudEventIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static InvokerProcess processPayment;
    private static InvokerProcess indexUpload;
    private static InvokerProcess nightlyReport;

    private static InvokerFleet fleet;

    @BeforeAll
    static void startInvokers() throws Exception {
        fleet = InvokerFleet.start(InvokerProcess.CLOUD_EVENT_TARGET, "processPayment", "indexUpload", "nightlyReport");
        processPayment = fleet.get("processPayment");
        indexUpload = fleet.get("indexUpload");
        nightlyReport = fleet.get("nightlyReport");
    }

    @AfterAll
    static void stopInvokers() throws InterruptedException {
        if (fleet != null) {
            fleet.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aValidPaymentIsAcknowledged(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(processPayment.port(), withId("pubsub-payment.json", mode), mode);

        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        assertLogged(processPayment, mode, "pubsub-payment.json", "status=202");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aPaymentWithAmountZeroIsNotAcknowledged(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(processPayment.port(), withId("pubsub-payment-zero-amount.json", mode),
                mode);

        assertThat(answer.status()).as("a non-2xx answer, so the message is redelivered").matches(s -> s < 200 || s > 299);
        assertThat(answer.text()).doesNotContain("amount", "p-2");
        assertLogged(processPayment, mode, "pubsub-payment-zero-amount.json", "status=400");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMessageWithBadBase64IsNotAcknowledgedAndTheFunctionKeepsServing(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(processPayment.port(), withId("pubsub-bad-base64.json", mode), mode);

        assertThat(answer.status()).as("a non-2xx answer, so the message is redelivered").matches(s -> s < 200 || s > 299);
        assertLogged(processPayment, mode, "pubsub-bad-base64.json", "status=400");
        assertThat(processPayment.isAlive()).isTrue();
        Answer next = GcpHttpClient.cloudEvent(processPayment.port(), withId("pubsub-payment.json", mode), mode);
        assertThat(next.status()).isBetween(200, 299);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFinalizedObjectIsIndexed(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(indexUpload.port(), withId("storage-object-finalized.json", mode), mode);

        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        assertLogged(indexUpload, mode, "storage-object-finalized.json", "status=200");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anObjectWithAnUnreadableSizeIsNotAcknowledged(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(indexUpload.port(), withId("storage-object-bad-size.json", mode), mode);

        assertThat(answer.status()).as("a non-2xx answer, so the message is redelivered").matches(s -> s < 200 || s > 299);
        assertLogged(indexUpload, mode, "storage-object-bad-size.json", "status=400");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aCloudSchedulerMessageRunsTheNightlyReport(Mode mode) throws Exception {
        Answer answer = GcpHttpClient.cloudEvent(nightlyReport.port(), withId("pubsub-scheduler-tick.json", mode), mode);

        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        assertLogged(nightlyReport, mode, "pubsub-scheduler-tick.json", "status=200");
    }

    @Test
    void aFirstGenerationPubSubEventIsConvertedByTheInvokerAndAcknowledged() throws Exception {
        Answer answer = GcpHttpClient.post(processPayment.port(), "/", "application/json",
                fixture("legacy-pubsub-payment.json"), Map.of());

        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        String id = JSON.readTree(fixture("legacy-pubsub-payment.json")).path("context").path("eventId").stringValue();
        awaitLogLine(processPayment, "requestId=" + id, "status=202");
    }

    /** The fixture with a per-mode event id, so each send has its own line in the invocation log. */
    private static byte[] withId(String fixture, Mode mode) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
        event.put("id", eventId(fixture, mode));
        return JSON.writeValueAsBytes(event);
    }

    private static String eventId(String fixture, Mode mode) throws IOException {
        return JSON.readTree(fixture(fixture)).path("id").stringValue() + "-" + mode.name().toLowerCase();
    }

    /** Core writes one line per invocation with the request id (the CloudEvent id) and the function's status. */
    private static void assertLogged(InvokerProcess invoker, Mode mode, String fixture, String status)
            throws IOException, InterruptedException {
        awaitLogLine(invoker, "requestId=" + eventId(fixture, mode), status);
    }

    private static void awaitLogLine(InvokerProcess invoker, String requestId, String status)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String line = null;
        while (line == null && System.nanoTime() < deadline) {
            line = invoker.logTail().lines().filter(l -> l.contains(requestId)).findFirst().orElse(null);
            if (line == null) {
                Thread.sleep(50);
            }
        }
        assertThat(line).as("invocation log line for " + requestId).isNotNull().contains(status);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = OrdersGcpCloudEventIT.class.getResourceAsStream("/events/gcp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/gcp/" + name);
            }
            return in.readAllBytes();
        }
    }
}
