package dev.polyfn.examples.orders;

import reactor.core.publisher.Mono;

/** The stock levels, looked up reactively. {@code GONE} is an article that is no longer sold. */
public class Warehouse {

    public Mono<Integer> available(String sku) {
        return "GONE".equals(sku) ? Mono.empty() : Mono.fromSupplier(() -> Math.floorMod(sku.hashCode(), 50));
    }
}
