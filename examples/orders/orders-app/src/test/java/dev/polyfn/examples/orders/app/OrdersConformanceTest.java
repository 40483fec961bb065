package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import dev.polyfn.core.testkit.Scenarios;
import dev.polyfn.test.EventCall;
import dev.polyfn.test.HttpCall;
import dev.polyfn.test.PolyfnConformance;
import dev.polyfn.test.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The orders functions, as orders-functions declares them, through every target with Polyfn's test kit: what a
 * user of Polyfn writes for their own functions (docs/testing.md).
 */
class OrdersConformanceTest {

    static final PolyfnConformance KIT = PolyfnConformance.forApplication();
    static final String PAYMENT = "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}";

    @TestFactory
    Stream<DynamicTest> theOrdersFunctionsAnswerTheSameEverywhere() {
        return KIT.tests(
                Scenario.of("uppercase answers exact text", "uppercase", HttpCall.post("/uppercase").text("hello polyfn"))
                    .check(answer -> assertThat(answer.bodyText()).isEqualTo("HELLO POLYFN")),
                Scenario.of("createOrder accepts the documented order", "createOrder",
                        HttpCall.post("/createOrder").json(Scenarios.VALID_ORDER))
                    .check(answer -> assertThat(answer.bodyText()).contains("\"total\":26.25", "ACCEPTED"))
                    .varying("orderId"),
                Scenario.of("createOrder rejects an order without items", "createOrder",
                        HttpCall.post("/createOrder").json("{\"customerId\":\"c-42\",\"items\":[]}")).expect(400),
                Scenario.of("createOrder is not served by GET", "createOrder", HttpCall.get("/createOrder"))
                    .expect(405).check(answer -> assertThat(answer.header("Allow")).isEqualTo("POST")),
                Scenario.of("a payment message is processed", "processPayment", EventCall.message(PAYMENT)),
                Scenario.of("a payment of 0 fails for redelivery", "processPayment",
                        EventCall.message(PAYMENT.replace("10.00", "0"))).expect(400),
                Scenario.of("an upload is indexed", "indexUpload", EventCall.object("uploads", "a b.pdf", 2048, null))
                    .check(answer -> {
                        if (answer.body().length > 0) {
                            assertThat(answer.bodyText()).contains("\"key\":\"a b.pdf\"", "\"size\":2048");
                        }
                    }));
    }
}
