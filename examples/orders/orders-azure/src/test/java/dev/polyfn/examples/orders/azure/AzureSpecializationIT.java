package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyfn.azure.testing.AzureHostEmulator;
import dev.polyfn.azure.testing.HostHttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The Consumption plan's cold start: the worker starts in placeholder mode, before the app is known, and is then
 * specialised with a FunctionEnvironmentReloadRequest carrying the app settings.
 */
class AzureSpecializationIT {

    @Test
    void aSpecialisedWorkerRunsTheAppWithTheReloadedSettings() {
        try (AzureHostEmulator host = AzureHostEmulator.startSpecialized(OrdersAzureApps.stagingFolder(),
                java.util.Map.of("POLYFN_FUNCTION_PROCESSPAYMENT", "uppercase"))) {
            assertThat(host.failedLoads()).isEmpty();
            // the setting exists only after the reload: the processPayment route now runs uppercase
            assertThat(host.http(HostHttpRequest.post("/api/processPayment").body("warm", "text/plain")).text())
                .isEqualTo("WARM");
        }
    }
}
