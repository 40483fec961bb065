package dev.polyfn.azure.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.servicebus.PolyfnAzureServiceBus;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.core.PortableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queue Storage (and Service Bus) messages from documented payloads through {@link PolyfnAzureQueue}. */
class AzureQueueTriggerTest {

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_PAYMENTS_RAW", "queueEcho",
                "POLYFN_FUNCTION_PAYMENTS_ATTRIBUTES", "queueAttributes",
                "POLYFN_FUNCTION_FAILING_QUEUE", "explode"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aPaymentMessageIsTheConsumersInput() {
        AzureInvocationFixture message = AzureInvocationFixture.load("queue-payment.json");

        PortableResponse response = PolyfnAzureQueue.handle(app, bytes(message.data("message")),
                message.metadata("Id"), Map.of(), TestExecutionContext.of("processPayment-queue"));

        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void aQueueMessageFunctionGetsTheIdAndTheExactBody() {
        AzureInvocationFixture message = AzureInvocationFixture.load("queue-payment.json");

        PortableResponse response = PolyfnAzureQueue.handle(app, bytes(message.data("message")),
                message.metadata("Id"), Map.of(), TestExecutionContext.of("payments-raw"));

        assertThat(response.bodyAsString())
            .isEqualTo(message.metadata("Id") + ":" + message.data("message"));
    }

    @Test
    void aServiceBusMessageCarriesItsApplicationPropertiesAndDeliveryCount() {
        AzureInvocationFixture message = AzureInvocationFixture.load("servicebus-payment.json");

        PortableResponse raw = PolyfnAzureServiceBus.handle(app, message.data("message"),
                message.metadata("MessageId"), 2, message.metadata("ApplicationProperties"),
                TestExecutionContext.of("payments-attributes"));
        PortableResponse payment = PolyfnAzureServiceBus.handle(app, message.data("message"),
                message.metadata("MessageId"), 1, message.metadata("ApplicationProperties"),
                TestExecutionContext.of("processPayment-servicebus"));

        assertThat(raw.bodyAsString()).startsWith("4c0ffa2e7d1a4a1c9a3e2b5d8f6e0a11 ").contains("DeliveryCount=2");
        assertThat(payment.status()).isEqualTo(202);
    }

    @Test
    void queueStorageMetadataBecomesAttributes() {
        AzureInvocationFixture message = AzureInvocationFixture.load("queue-payment.json");

        PortableResponse raw = PolyfnAzureQueue.handle(app, bytes(message.data("message")), message.metadata("Id"),
                Map.of("DequeueCount", "3"), TestExecutionContext.of("payments-attributes"));

        assertThat(raw.bodyAsString()).contains("DequeueCount=3");
    }

    @Test
    void anInvalidPaymentThrowsSoTheHostRetriesIt() {
        AzureInvocationFixture message = AzureInvocationFixture.load("queue-payment-zero-amount.json");

        assertThatThrownBy(() -> PolyfnAzureQueue.handle(app, bytes(message.data("message")), message.metadata("Id"), Map.of(),
                TestExecutionContext.of("processPayment-queue")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("processPayment-queue")
            .hasMessageContaining("greater than 0");
    }

    @Test
    void anUnreadableMessageFailsLoudlyWithoutEchoingIt() {
        AzureInvocationFixture message = AzureInvocationFixture.load("queue-unreadable.json");

        assertThatThrownBy(() -> PolyfnAzureQueue.handle(app, bytes(message.data("message")), message.metadata("Id"), Map.of(),
                TestExecutionContext.of("processPayment-queue")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .message().doesNotContain("p-9");
    }

    @Test
    void aFailingFunctionThrowsA500WithoutItsInternals() {
        assertThatThrownBy(() -> PolyfnAzureQueue.handle(app, bytes("x"), "m-1", Map.of(),
                TestExecutionContext.of("failing-queue")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(500))
            .message().doesNotContain("hunter2");
    }

    @Test
    void aMissingMessageBodyFailsWithA400Problem() {
        assertThatThrownBy(() -> PolyfnAzureQueue.handle(app, null, "m-2", Map.of(), TestExecutionContext.of("processPayment-queue")))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("no queue message body");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
