package dev.polyfn.examples.orders;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import dev.polyfn.core.InvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a carrier how long a delivery takes. Stands in for a remote call: the answer arrives later, on another
 * thread. The carrier {@code SLOWPOST} never answers, as a remote service sometimes does not.
 */
public class CarrierRates {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierRates.class);

    /** The client's own threads; wrapped so their log lines belong to the invocation that asked. */
    private final Executor remote = InvocationContext.propagating(Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "carrier-rates");
        thread.setDaemon(true);
        return thread;
    }));

    public CompletableFuture<Integer> daysFor(String carrier, String postcode) {
        if ("SLOWPOST".equals(carrier.toUpperCase(Locale.ROOT))) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.supplyAsync(() -> {
            int days = 1 + Math.floorMod((carrier + postcode).hashCode(), 10);
            LOG.info("Carrier answered: {} days", days);
            return days;
        }, remote);
    }
}
