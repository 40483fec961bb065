package dev.polyfn.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Interleaving: round {@code r} runs the cases rotated left by {@code r}. {@code of([a,b,c], 1)} -> {@code [b,c,a]}. */
final class Rotation {

    private Rotation() {
    }

    static <T> List<T> of(List<T> cases, int round) {
        List<T> order = new ArrayList<>(cases);
        if (!order.isEmpty()) {
            Collections.rotate(order, -(round % order.size()));
        }
        return order;
    }
}
