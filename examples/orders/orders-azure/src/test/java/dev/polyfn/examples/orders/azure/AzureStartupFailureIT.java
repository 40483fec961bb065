package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import dev.polyfn.azure.testing.AzureHostEmulator;
import dev.polyfn.azure.testing.AzureInvocation;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.HostHttpRequest;
import dev.polyfn.azure.testing.HostTriggers;
import org.junit.jupiter.api.Test;

/** A misconfigured app under the real worker: the failure is kept and reported by every invocation, never retried. */
class AzureStartupFailureIT {

    @Test
    void aConfigurationNamingNoClassFailsEveryInvocationFromOneStartAttempt() {
        Map<String, String> settings = new HashMap<>(OrdersAzureApps.SETTINGS);
        settings.put("POLYFN_CONFIGURATION", "dev.polyfn.examples.orders.NoSuchConfiguration");
        try (AzureHostEmulator host = AzureHostEmulator.start(OrdersAzureApps.stagingFolder(), settings)) {
            for (int i = 0; i < 2; i++) {
                OrdersAzureWorkerIT.assertProblem(host.http(HostHttpRequest.post("/api/uppercase").body("x", "text/plain")), 500);
            }
            AzureInvocation.Result queued = host.invoke("processPayment-queue", HostTriggers.queue(
                    AzureInvocationFixture.load("queue-payment.json").data("message"), "m-1", 1,
                    OffsetDateTime.parse("2026-11-23T14:30:00Z"))).await();

            assertThat(queued.succeeded()).isFalse();
            assertThat(queued.failureMessage()).contains("status 500").contains("NoSuchConfiguration");
            assertThat(host.workerOutput().split("Polyfn could not start", -1)).as(host.workerOutput()).hasSize(2);
        }
    }

    @Test
    void aFunctionSettingNamingNoBeanFailsOnlyThatFunction() {
        Map<String, String> settings = new HashMap<>(OrdersAzureApps.SETTINGS);
        settings.put("POLYFN_FUNCTION_UPPERCASE", "upcase");
        try (AzureHostEmulator host = AzureHostEmulator.start(OrdersAzureApps.stagingFolder(), settings)) {
            AzureInvocation upper = host.invoke("uppercase", HostHttpRequest.post("/api/uppercase").body("x", "text/plain"));
            OrdersAzureWorkerIT.assertProblem(upper.await().http(), 500);
            assertThat(host.logs(upper.id())).anyMatch(log -> log.getMessage().contains("Azure function 'uppercase' has no function to run"));

            assertThat(host.http(HostHttpRequest.post("/api/createOrder").json(OrdersAzureWorkerIT.order().toString())).status())
                .isEqualTo(200);
        }
    }
}
