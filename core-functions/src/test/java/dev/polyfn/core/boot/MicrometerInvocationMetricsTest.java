package dev.polyfn.core.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Scenarios;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The local web app's metrics: a timer per function and status class, and the first invocation as a cold start. */
class MicrometerInvocationMetricsTest {

    @Test
    void everyInvocationIsTimedByFunctionAndStatusClass() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            runtime.functions().addListener(new MicrometerInvocationMetrics(registry));
            runtime.functions().invoker("uppercase").invoke(Scenarios.post("/", "text/plain", "a"));
            runtime.functions().invoker("uppercase").invoke(Scenarios.post("/", "text/plain", "b"));
            runtime.functions().invoker("createOrder").invoke(Scenarios.post("/", "application/json", "{"));
        }
        assertThat(registry.get("polyfn.invocations").tag("function", "uppercase").tag("status", "2xx").timer().count())
            .isEqualTo(2);
        assertThat(registry.get("polyfn.invocations").tag("function", "createOrder").tag("status", "4xx")
            .tag("outcome", "error").timer().count()).isEqualTo(1);
        assertThat(registry.get("polyfn.cold.starts").tag("function", "uppercase").counter().count()).isEqualTo(1);
    }
}
