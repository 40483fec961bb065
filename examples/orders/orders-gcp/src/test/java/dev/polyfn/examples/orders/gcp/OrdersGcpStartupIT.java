package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import dev.polyfn.core.testkit.BrokenStartupFunctions;
import org.junit.jupiter.api.Test;

/**
 * A deployment that cannot start stops the real java-function-invoker before it serves, with Polyfn's message saying
 * why in its log (what Cloud Functions shows for the failed revision): the start is never retried per request, and
 * a revision that cannot start never receives traffic.
 */
class OrdersGcpStartupIT {

    @Test
    void anUnknownDefinitionStopsTheInstance() throws Exception {
        String log = failedStart(InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"),
                InvokerProcess.HTTP_TARGET, Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "shipOrder"), "startup-unknown"));
        assertThat(log).contains("'shipOrder' names no declared function", "Available functions", "uppercase");
    }

    @Test
    void aMissingConfigurationClassStopsTheInstance() throws Exception {
        String log = failedStart(InvokerProcess.start(InvokerProcess.property("orders.gcp.jar"),
                InvokerProcess.CLOUD_EVENT_TARGET, Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "processPayment",
                        "POLYFN_CONFIGURATION", "com.example.orders.MissingFunctions"), "startup-missing"));
        assertThat(log).contains("com.example.orders.MissingFunctions", "not on the class path");
    }

    @Test
    void aBeanFailingToConstructStopsTheInstance() throws Exception {
        String log = failedStart(InvokerProcess.withTestkit(InvokerProcess.HTTP_TARGET,
                BrokenStartupFunctions.CONFIGURATION, "brokenBean", Map.of(), "startup-broken-bean"));
        assertThat(log).contains("brokenBean", BrokenStartupFunctions.CAUSE);
    }

    private static String failedStart(InvokerProcess invoker) throws Exception {
        try {
            assertThat(invoker.awaitExit(Duration.ofSeconds(60))).as("the invoker stops").isTrue();
            assertThat(invoker.isAlive()).isFalse();
            return Files.readString(invoker.log());
        }
        finally {
            invoker.close();
        }
    }
}
