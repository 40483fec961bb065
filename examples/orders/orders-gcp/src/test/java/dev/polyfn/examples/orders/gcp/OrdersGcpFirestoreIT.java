package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;

import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.protobuf.util.JsonFormat;
import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * processPayment from Firestore document events under the real java-function-invoker 2.0.0, sent as Eventarc
 * delivers them: binary-mode CloudEvents ({@code ce-*} headers) whose body is Google's {@code DocumentEventData}
 * encoded as {@code application/protobuf}. The function's status is read from core's invocation log line.
 */
class OrdersGcpFirestoreIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static InvokerFleet fleet;
    private static InvokerProcess processPayment;

    @BeforeAll
    static void startInvoker() throws Exception {
        fleet = InvokerFleet.start(InvokerProcess.CLOUD_EVENT_TARGET, "processPayment");
        processPayment = fleet.get("processPayment");
    }

    @AfterAll
    static void stopInvoker() throws InterruptedException {
        if (fleet != null) {
            fleet.stop();
        }
    }

    @Test
    void aCreatedPaymentDocumentIsProcessedAndAcknowledged() throws Exception {
        Answer answer = send("firestore-payment-created.json", "created-e2e", false);
        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        awaitLogLine("created-e2e", "status=202");
    }

    @Test
    void anUpdateToAnInvalidPaymentIsNotAcknowledged() throws Exception {
        Answer answer = send("firestore-payment-updated-zero-amount.json", "updated-e2e", false);
        assertThat(answer.status()).as("non-2xx, so Eventarc redelivers").matches(s -> s < 200 || s > 299);
        assertThat(answer.text()).doesNotContain("amount");
        awaitLogLine("updated-e2e", "status=400");
    }

    @Test
    void aDeletedDocumentHasNoPaymentToProcess() throws Exception {
        Answer answer = send("firestore-payment-deleted.json", "deleted-e2e", false);
        assertThat(answer.status()).matches(s -> s < 200 || s > 299);
        awaitLogLine("deleted-e2e", "status=400");
    }

    @Test
    void truncatedProtobufIsA400AndTheFunctionKeepsServing() throws Exception {
        Answer answer = send("firestore-payment-created.json", "truncated-e2e", true);
        assertThat(answer.status()).matches(s -> s < 200 || s > 299);
        awaitLogLine("truncated-e2e", "status=400");
        assertThat(send("firestore-payment-created.json", "after-truncated-e2e", false).status()).isBetween(200, 299);
    }

    private static Answer send(String fixture, String id, boolean truncate) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
        event.put("id", id);
        DocumentEventData.Builder data = DocumentEventData.newBuilder();
        JsonFormat.parser().merge(JSON.writeValueAsString(event.path("data")), data);
        byte[] protobuf = data.build().toByteArray();
        if (truncate) {
            protobuf = Arrays.copyOf(protobuf, protobuf.length / 2);
        }
        return GcpHttpClient.binary(processPayment.port(), JSON.writeValueAsBytes(event), "application/protobuf",
                protobuf);
    }

    private static void awaitLogLine(String requestId, String status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String line = null;
        while (line == null && System.nanoTime() < deadline) {
            line = processPayment.logTail().lines().filter(l -> l.contains("requestId=" + requestId)).findFirst()
                .orElse(null);
            if (line == null) {
                Thread.sleep(50);
            }
        }
        assertThat(line).as("invocation log line for " + requestId).isNotNull().contains(status);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = OrdersGcpFirestoreIT.class.getResourceAsStream("/events/gcp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/gcp/" + name);
            }
            return in.readAllBytes();
        }
    }
}
