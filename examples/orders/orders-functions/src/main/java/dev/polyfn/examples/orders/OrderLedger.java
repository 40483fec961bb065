package dev.polyfn.examples.orders;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

/**
 * In-memory totals of accepted orders since the last report: the example's stand-in for a database, so the
 * nightly report has something to say. Thread-safe; one number pair, never a growing list.
 */
public class OrderLedger {

    /** Orders and revenue since the last report. */
    public record Totals(long orders, BigDecimal revenue) {
        static final Totals EMPTY = new Totals(0, BigDecimal.ZERO);

        Totals plus(BigDecimal amount) {
            return new Totals(orders + 1, revenue.add(amount));
        }
    }

    private final AtomicReference<Totals> totals = new AtomicReference<>(Totals.EMPTY);

    public void record(BigDecimal amount) {
        totals.updateAndGet(t -> t.plus(amount));
    }

    /** Returns the totals and starts counting afresh. */
    public Totals drain() {
        return totals.getAndSet(Totals.EMPTY);
    }
}
