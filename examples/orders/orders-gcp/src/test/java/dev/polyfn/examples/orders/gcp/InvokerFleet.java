package dev.polyfn.examples.orders.gcp;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One invoker per function definition, started together and stopped together (also when one fails to start). */
final class InvokerFleet {

    private final Map<String, InvokerProcess> invokers = new LinkedHashMap<>();

    /** Starts orders-gcp.jar under {@code target} once per definition and waits until every invoker listens. */
    static InvokerFleet start(String target, String... definitions) throws Exception {
        InvokerFleet fleet = new InvokerFleet();
        try {
            for (String definition : definitions) {
                fleet.invokers.put(definition, InvokerProcess.ordersGcp(target, definition));
            }
            for (InvokerProcess invoker : fleet.invokers.values()) {
                invoker.awaitListening(Duration.ofSeconds(90));
            }
            return fleet;
        }
        catch (Exception | Error e) {
            fleet.stop();
            throw e;
        }
    }

    InvokerProcess get(String definition) {
        return invokers.get(definition);
    }

    void stop() throws InterruptedException {
        for (InvokerProcess invoker : invokers.values()) {
            invoker.close();
        }
    }
}
