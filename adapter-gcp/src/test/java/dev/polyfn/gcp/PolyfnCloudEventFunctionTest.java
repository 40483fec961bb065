package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link PolyfnCloudEventFunction} with the fixtures written from Google's event formats. */
class PolyfnCloudEventFunctionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aValidPubSubPaymentIsAcknowledged() {
        PolyfnCloudEventFunction function = function("processPayment");
        CloudEvent event = GcpFixtures.cloudEvent("pubsub-payment.json");

        assertThat(function.respond(event).status()).isEqualTo(202);
        assertThatCode(() -> function.accept(event)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"pubsub-payment-zero-amount.json, 400", "pubsub-bad-base64.json, 400"})
    void aFailedPubSubMessageThrowsSoItIsRedelivered(String fixture, int status) {
        CloudEvent event = GcpFixtures.cloudEvent(fixture);

        assertThatThrownBy(() -> function("processPayment").accept(event))
            .isInstanceOf(GcpEventFailedException.class)
            .hasMessageContaining(event.getId()).hasMessageContaining("status " + status)
            .hasMessageNotContaining("amount").hasMessageNotContaining("eyJ")
            .satisfies(e -> assertThat(((GcpEventFailedException) e).status()).isEqualTo(status));
    }

    @Test
    void aFunctionTakingPubSubMessageGetsIdTopicAttributesAndDecodedData() {
        PortableResponse answer = function("describeMessage").respond(GcpFixtures.cloudEvent("pubsub-payment.json"));

        assertThat(answer.bodyAsString()).isEqualTo("11223344556677 projects/polyfn-demo/topics/payments {origin=checkout} "
                + "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}");
    }

    @Test
    void badBase64IsAProblemNamingTheCause() {
        PortableResponse answer = function("processPayment").respond(GcpFixtures.cloudEvent("pubsub-bad-base64.json"));

        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("detail").stringValue()).contains("base64");
    }

    @Test
    void pubSubDataReachesATextFunctionDecoded() {
        PortableResponse answer = function("uppercase").respond(GcpFixtures.cloudEvent("pubsub-scheduler-tick.json"));

        assertThat(answer.bodyAsString()).isEqualTo("NIGHTLY REPORT");
    }

    @Test
    void aCloudSchedulerMessageIsAScheduleTickNamedByItsAttribute() {
        PortableResponse answer = function("tick").respond(GcpFixtures.cloudEvent("pubsub-scheduler-tick.json"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyAsString()).isEqualTo("tick nightly-report");
    }

    @Test
    void aScheduleWithoutANameAttributeIsNamedByItsTopic() {
        String data = "{\"message\":{\"data\":\"\",\"messageId\":\"1\"},\"subscription\":\"projects/p/subscriptions/s\"}";
        CloudEvent event = CloudEventBuilder.v1().withId("1").withType("google.cloud.pubsub.topic.v1.messagePublished")
            .withSource(URI.create("//pubsub.googleapis.com/projects/p/topics/hourly-cleanup"))
            .withData("application/json", data.getBytes(StandardCharsets.UTF_8)).build();

        assertThat(function("tick").respond(event).bodyAsString()).isEqualTo("tick hourly-cleanup");
    }

    @Test
    void aFinalizedObjectBecomesAStorageObjectEvent() {
        PortableResponse answer = function("indexObject").respond(GcpFixtures.cloudEvent("storage-object-finalized.json"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entry = JSON.readTree(answer.body());
        assertThat(entry.path("bucket").stringValue()).isEqualTo("polyfn-uploads");
        assertThat(entry.path("key").stringValue()).isEqualTo("invoices/2026/inv 42.pdf");
        assertThat(entry.path("size").isIntegralNumber()).isTrue();
        assertThat(entry.path("size").longValue()).isEqualTo(48213L);
        assertThat(entry.path("contentType").stringValue()).isEqualTo("application/pdf");
    }

    @Test
    void aStorageObjectWithAnUnreadableSizeFails() {
        CloudEvent event = GcpFixtures.cloudEvent("storage-object-bad-size.json");

        assertThatThrownBy(() -> function("indexObject").accept(event)).isInstanceOf(GcpEventFailedException.class);
    }

    @Test
    void anyOtherCloudEventPassesItsDataAsTheInput() {
        PortableResponse answer = function("createOrder").respond(GcpFixtures.cloudEvent("custom-order-event.json"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("total").decimalValue()).isEqualByComparingTo("26.25");
    }

    @Test
    void anyOtherCloudEventWithAnInvalidOrderFails() {
        CloudEvent event = CloudEventBuilder.v1(GcpFixtures.cloudEvent("custom-order-event.json"))
            .withData("application/json", "{\"customerId\":\"\",\"items\":[]}".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> function("createOrder").accept(event))
            .isInstanceOf(GcpEventFailedException.class).hasMessageContaining("status 400");
    }

    @Test
    void aFunctionMayTakeTheCloudEventItself() {
        PortableResponse answer = function("describeEvent").respond(GcpFixtures.cloudEvent("storage-object-finalized.json"));

        assertThat(answer.bodyAsString()).isEqualTo(
                "google.cloud.storage.object.v1.finalized from //storage.googleapis.com/projects/_/buckets/polyfn-uploads");
    }

    @Test
    void theEventIdAndTraceparentBecomeTheInvocationContext() {
        PortableResponse answer = function("whoami").respond(GcpFixtures.cloudEvent("pubsub-payment.json"));

        JsonNode who = JSON.readTree(answer.body());
        assertThat(who.path("provider").stringValue()).isEqualTo("gcp");
        assertThat(who.path("requestId").stringValue()).isEqualTo("11223344556677");
        assertThat(who.path("traceId").stringValue())
            .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(who.path("attributes").path("eventType").stringValue())
            .isEqualTo("google.cloud.pubsub.topic.v1.messagePublished");
    }

    @Test
    void pubSubDataThatIsNotAnEnvelopeFails() {
        CloudEvent event = CloudEventBuilder.v1().withId("x").withType("google.cloud.pubsub.topic.v1.messagePublished")
            .withSource(URI.create("//pubsub.googleapis.com/projects/p/topics/t"))
            .withData("application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)).build();

        PortableResponse answer = function("processPayment").respond(event);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void decodedPubSubDataOverTheBodyLimitFails() {
        try (PolyfnRuntime small = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                GcpTestRuntimes.CONFIGURATION, "spring.cloud.function.definition", "processPayment",
                "polyfn.limits.max-body-bytes", "16"))) {
            PortableResponse answer = new PolyfnCloudEventFunction(small).respond(GcpFixtures.cloudEvent("pubsub-payment.json"));

            assertThat(answer.status()).isEqualTo(413);
        }
    }

    @Test
    void aLargePubSubMessageWithinTheBodyLimitIsDelivered() {
        byte[] payload = "a".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        byte[] envelope = JSON.writeValueAsBytes(Map.of("message", Map.of(
                "data", java.util.Base64.getEncoder().encodeToString(payload), "messageId", "big-1")));
        CloudEvent event = CloudEventBuilder.v1().withId("big-1").withType("google.cloud.pubsub.topic.v1.messagePublished")
            .withSource(URI.create("//pubsub.googleapis.com/projects/p/topics/t"))
            .withData("application/json", envelope).build();

        PortableResponse answer = function("uppercase").respond(event);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).hasSize(payload.length);
    }

    private static PolyfnCloudEventFunction function(String name) {
        return new PolyfnCloudEventFunction(GcpTestRuntimes.forFunction(name));
    }
}
