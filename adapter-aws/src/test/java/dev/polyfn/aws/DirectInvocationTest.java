package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code aws lambda invoke} with the function's own input: its own output back, failures as function errors. */
class DirectInvocationTest {

    @Test
    void pojoInPojoOut() {
        JsonNode out = TestHandlers.call("createOrder", "direct-create-order.json");
        assertThat(out.path("orderId").asString()).isNotBlank();
        assertThat(out.path("total").decimalValue()).isEqualByComparingTo("26.25");
    }

    @Test
    void aJsonStringIsTextForATextFunction() {
        JsonNode out = TestHandlers.call("uppercase", "direct-uppercase.json");
        assertThat(out.asString()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void invalidInputIsAFunctionErrorWithTheProblem() {
        assertThatThrownBy(() -> TestHandlers.invoke("createOrder", Fixtures.bytes("direct-malformed-order.json")))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                JsonNode problem = Fixtures.read(e.getMessage().getBytes());
                assertThat(problem.path("status").asInt()).isEqualTo(400);
                assertThat(problem.path("detail").asString()).isNotBlank();
                assertThat(e.getStackTrace()).isEmpty();
            });
    }

    @Test
    void anUnexpectedFailureIsAGeneric500FunctionError() {
        assertThatThrownBy(() -> TestHandlers.invoke("explode", Fixtures.bytes("direct-uppercase.json")))
            .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.getMessage()).doesNotContain("hunter2", "/opt", "IllegalState");
            });
    }

    @Test
    void aConsumerAnswersNull() {
        byte[] out = TestHandlers.invoke("processPayment", Fixtures.bytes("direct-payment.json"));
        assertThat(new String(out)).isEqualTo("null");
    }
}
