package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** SNS, S3 and EventBridge: the function's JSON on success, a Lambda function error on failure. */
class NonHttpEventsTest {

    @Test
    void snsRecordReachesTheFunction() {
        byte[] out = TestHandlers.invoke("processPayment", Fixtures.bytes("sns-payment.json"));
        assertThat(Fixtures.read(out).isNull()).isTrue();
    }

    @Test
    void aFailingSnsRecordFailsTheInvocationSoLambdaRetries() {
        ObjectNode event = Fixtures.tree("sns-payment.json");
        ((ObjectNode) event.path("Records").path(0).path("Sns"))
            .put("Message", Fixtures.JSON.writeValueAsString(Map.of("paymentId", "p-1", "orderId", "o-1", "amount", 0)));
        assertThatThrownBy(() -> TestHandlers.invoke("processPayment", Fixtures.write(event)))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(Fixtures.read(e.getMessage().getBytes()).path("status").asInt()).isEqualTo(400);
            });
    }

    @Test
    void s3KeysAreUrlDecodedAndTheFunctionJsonIsReturned() {
        JsonNode out = TestHandlers.call("indexObject", "s3-object-created.json");
        assertThat(out.path("bucket").asString()).isEqualTo("docs");
        assertThat(out.path("key").asString()).isEqualTo("uploads/a b+c.pdf");
        assertThat(out.path("size").asLong()).isEqualTo(1024);
        assertThat(out.path("contentType").isNull()).isTrue();
    }

    @Test
    void aFailingS3RecordFailsTheInvocation() {
        assertThatThrownBy(() -> TestHandlers.invoke("explode", Fixtures.bytes("s3-object-created.json")))
            .isInstanceOf(FunctionErrorException.class)
            .hasMessageNotContaining("hunter2").hasMessageNotContaining("Exception");
    }

    @Test
    void scheduledEventIsATickNamedAfterTheRule() {
        byte[] out = TestHandlers.invoke("tick", Fixtures.bytes("eventbridge-scheduled.json"));
        assertThat(Fixtures.read(out).asString()).isEqualTo("tick nightly-report");
    }

    @Test
    void customEventHandsItsDetailToTheFunction() {
        JsonNode out = TestHandlers.call("createOrder", "eventbridge-custom-order.json");
        assertThat(out.path("customerId").asString()).isEqualTo("c-42");
        assertThat(out.path("total").decimalValue()).isEqualByComparingTo("26.25");
    }

    @Test
    void anInvalidCustomEventFailsTheInvocation() {
        ObjectNode event = Fixtures.tree("eventbridge-custom-order.json");
        ((ObjectNode) event.path("detail")).putArray("items");
        assertThatThrownBy(() -> TestHandlers.invoke("createOrder", Fixtures.write(event)))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
