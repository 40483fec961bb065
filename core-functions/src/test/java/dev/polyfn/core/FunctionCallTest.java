package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain function beans are called directly with core's converted input (Spring Cloud Function's wrapper would
 * convert it again and, for text, try to parse it as JSON first); compositions still go through the wrapper.
 */
class FunctionCallTest {

    private static PolyfnRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION,
                "spring.cloud.function.definition", "uppercase"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void plainFunctionIsCalledDirectlyAndAnswersText() {
        PolyfnInvoker uppercase = runtime.functions().invoker("uppercase");
        PortableResponse response = uppercase.invoke(Scenarios.post("/", "text/plain", "hello polyfn"));
        assertThat(uppercase.callsBeanDirectly()).isTrue();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.bodyAsString()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void textThatLooksLikeJsonReachesAStringFunctionAsItIs() {
        PortableResponse response = runtime.functions().invoker("uppercase")
            .invoke(Scenarios.post("/", "text/plain", "[\"a\", {\"b\": 1}]"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("[\"A\", {\"B\": 1}]");
    }

    @Test
    void consumerIsCalledDirectly() {
        PolyfnInvoker payment = runtime.functions().invoker("processPayment");
        PortableResponse response = payment.invoke(Scenarios.post("/", "application/json",
                "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}"));
        assertThat(payment.callsBeanDirectly()).isTrue();
        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void compositionGoesThroughSpringCloudFunction() {
        PolyfnInvoker composed = runtime.functions().invoker("uppercase|uppercase");
        PortableResponse response = composed.invoke(Scenarios.post("/", "text/plain", "abc"));
        assertThat(composed.callsBeanDirectly()).isFalse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("ABC");
    }
}
