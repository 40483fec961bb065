package dev.polyfn.core.internal;

import java.time.Duration;
import java.time.Instant;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.ProblemException;

/**
 * When one invocation must have answered. The one rule, for every target: the platform's own deadline
 * ({@link InvocationContext#deadline()}, e.g. Lambda's) less {@code polyfn.deadline-margin}, bounded by
 * {@code polyfn.timeout} when set; with neither, {@link PolyfnProperties#DEFAULT_TIMEOUT} (the local web app, GCP,
 * Azure without a {@code functionTimeout}).
 *
 * <p>Example: Lambda with 3 s left and the default 500 ms margin gives 2.5 s; the local app gives 30 s;
 * {@code POLYFN_TIMEOUT=2s} gives 2 s on both. Measured on {@link System#nanoTime()}, so clock changes do not matter.
 */
public final class Deadline {

    private final long startNanos;
    private final long endNanos;

    private Deadline(long startNanos, long budgetNanos) {
        this.startNanos = startNanos;
        this.endNanos = startNanos + Math.max(0, budgetNanos);
    }

    public static Deadline of(PolyfnProperties properties, InvocationContext context) {
        long now = System.nanoTime();
        Duration timeout = properties.timeout();
        Instant platform = context.deadline();
        long budget = timeout != null ? timeout.toNanos()
                : platform == null ? PolyfnProperties.DEFAULT_TIMEOUT.toNanos() : Long.MAX_VALUE / 4;
        if (platform != null) {
            long left = Duration.between(Instant.now(), platform).minus(properties.deadlineMargin()).toNanos();
            budget = Math.min(budget, left);
        }
        return new Deadline(now, budget);
    }

    /** Time left, never negative. */
    public long remainingNanos() {
        return Math.max(0, endNanos - System.nanoTime());
    }

    public boolean hasPassed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** The 504 answer of an invocation that did not complete in time. */
    public ProblemException exceeded() {
        long millis = Duration.ofNanos(endNanos - startNanos).toMillis();
        return new ProblemException(504, "Gateway Timeout",
                "The function did not complete within its deadline of " + millis + " ms.");
    }
}
