package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Function;

import dev.polyfn.core.PortableResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Firestore document events, with protobuf data (Eventarc's default) and JSON data: a Payment function reads the
 * new document's fields, a ChangeEvent function gets the change; undecodable data is a 4xx problem.
 */
class FirestoreEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"protobuf", "json"})
    void aCreatedPaymentDocumentReachesThePaymentFunction(String encoding) {
        CloudEvent event = event("firestore-payment-created.json", encoding);
        assertThat(function("processPayment").respond(event).status()).isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"protobuf", "json"})
    void anUpdateToAnInvalidPaymentFailsSoItIsRedelivered(String encoding) {
        CloudEvent event = event("firestore-payment-updated-zero-amount.json", encoding);
        assertThatThrownBy(() -> function("processPayment").accept(event))
            .isInstanceOfSatisfying(GcpEventFailedException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"protobuf", "json"})
    void aChangeEventFunctionGetsKindKeysAndBothImages(String encoding) {
        JsonNode created = answer("change", event("firestore-payment-created.json", encoding));
        assertThat(created.path("source").asString()).isEqualTo("google.cloud.firestore");
        assertThat(created.path("resource").asString())
            .isEqualTo("projects/polyfn-demo/databases/(default)/documents/payments/p-1");
        assertThat(created.path("kind").asString()).isEqualTo("CREATED");
        assertThat(created.path("keys").path("id").asString()).isEqualTo("p-1");
        assertThat(created.path("oldImage").isNull()).isTrue();
        JsonNode image = created.path("newImage");
        assertThat(image.path("amount").decimalValue()).isEqualByComparingTo("10");
        assertThat(image.path("attempts").asInt()).isEqualTo(2);
        assertThat(image.path("paidAt").asString()).isEqualTo("2026-11-23T09:30:12.654Z");
        assertThat(image.path("card").path("verified").asBoolean()).isTrue();
        assertThat(image.path("tags").get(1).asString()).isEqualTo("eu");
        assertThat(image.path("note").isNull()).isTrue();
        assertThat(image.path("shop").path("latitude").asDouble()).isEqualTo(52.52);
        assertThat(image.path("order").asString()).endsWith("/documents/orders/o-1");
        assertThat(image.path("receipt").asString()).isEqualTo("aGVsbG8=");
        assertThat(created.path("time").asString()).isEqualTo("2026-11-23T09:30:12.654321Z");

        JsonNode updated = answer("change", event("firestore-payment-updated-zero-amount.json", encoding));
        assertThat(updated.path("kind").asString()).isEqualTo("UPDATED");
        assertThat(updated.path("oldImage").path("amount").decimalValue()).isEqualByComparingTo("10");
        assertThat(updated.path("newImage").path("amount").asInt()).isZero();

        JsonNode deleted = answer("change", event("firestore-payment-deleted.json", encoding));
        assertThat(deleted.path("kind").asString()).isEqualTo("DELETED");
        assertThat(deleted.path("newImage").isNull()).isTrue();
        assertThat(deleted.path("resource").asString()).endsWith("/payments/p-1");
    }

    @Test
    void aWrittenEventIsACreationWhenThereWasNoOldValue() {
        assertThat(answer("change", event("firestore-payment-written.json", "protobuf")).path("kind").asString())
            .isEqualTo("CREATED");
    }

    @Test
    void aDeletionFailsForAPaymentFunctionWithAProblemSayingSo() {
        PortableResponse answer = function("processPayment").respond(event("firestore-payment-deleted.json", "protobuf"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("no new image");
    }

    @Test
    void truncatedProtobufIsA400Problem() {
        CloudEvent whole = event("firestore-payment-created.json", "protobuf");
        byte[] data = whole.getData().toBytes();
        CloudEvent truncated = CloudEventBuilder.v1(whole).withData(Arrays.copyOf(data, data.length - 7)).build();
        PortableResponse answer = function("processPayment").respond(truncated);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("DocumentEventData");
    }

    @Test
    void aJsonValueOfNoFirestoreKindIsA400Problem() {
        PortableResponse answer = function("processPayment").respond(GcpFixtures.cloudEvent("firestore-bad-value.json"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("'amount'");
    }

    @Test
    void anotherDataContentTypeIsA415Problem() {
        CloudEvent event = CloudEventBuilder.v1(GcpFixtures.cloudEvent("firestore-payment-created.json"))
            .withDataContentType("text/plain").build();
        assertThat(function("processPayment").respond(event).status()).isEqualTo(415);
    }

    @Test
    void protobufDataOfAnEventPolyfnDoesNotDecodeIsNeverBoundIntoTheInput() {
        CloudEvent event = GcpFixtures.cloudEvent("datastore-entity-protobuf.json");
        PortableResponse answer = function("uppercase").respond(event);
        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).path("detail").asString())
            .contains("google.cloud.datastore.entity.v1.written");
    }

    private static CloudEvent event(String fixture, String encoding) {
        return "protobuf".equals(encoding) ? FirestoreFixtures.protobuf(fixture) : GcpFixtures.cloudEvent(fixture);
    }

    private static JsonNode answer(String function, CloudEvent event) {
        PortableResponse answer = function(function).respond(event);
        assertThat(answer.status()).as(answer.bodyAsString()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static PolyfnCloudEventFunction function(String name) {
        return new PolyfnCloudEventFunction(GcpTestRuntimes.forFunction(name));
    }
}
