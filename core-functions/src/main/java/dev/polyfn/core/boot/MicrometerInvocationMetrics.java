package dev.polyfn.core.boot;

import java.util.concurrent.TimeUnit;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.internal.InvocationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The local web app's invocation metrics, through Micrometer (Spring Boot actuator): the timer
 * {@code polyfn.invocations} (tags {@code function}, {@code status} as {@code 2xx}..{@code 5xx}, {@code outcome}
 * {@code success}/{@code error}) and the counter {@code polyfn.cold.starts} (tag {@code function}). Example:
 * {@code GET /actuator/metrics/polyfn.invocations?tag=function:createOrder}.
 */
final class MicrometerInvocationMetrics implements InvocationListener {

    private final MeterRegistry registry;

    MicrometerInvocationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void completed(String function, InvocationContext context, int status, long nanos, boolean coldStart) {
        Timer.builder("polyfn.invocations").description("Function invocations served by Polyfn")
            .tag("function", function).tag("status", (status / 100) + "xx")
            .tag("outcome", status < 400 ? "success" : "error")
            .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        if (coldStart) {
            Counter.builder("polyfn.cold.starts").description("First invocations of a function in this process")
                .tag("function", function).register(registry).increment();
        }
    }
}
