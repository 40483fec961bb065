package dev.polyfn.examples.orders;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Asks a carrier how long a delivery takes. Stands in for a remote call: the answer arrives later, on another
 * thread. The carrier {@code SLOWPOST} never answers, as a remote service sometimes does not.
 */
public class CarrierRates {

    private final Executor remote = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "carrier-rates");
        thread.setDaemon(true);
        return thread;
    });

    public CompletableFuture<Integer> daysFor(String carrier, String postcode) {
        if ("SLOWPOST".equals(carrier.toUpperCase(Locale.ROOT))) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.supplyAsync(() -> 1 + Math.floorMod((carrier + postcode).hashCode(), 10), remote);
    }
}
