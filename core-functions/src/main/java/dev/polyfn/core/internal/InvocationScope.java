package dev.polyfn.core.internal;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import dev.polyfn.core.InvocationContext;

/**
 * What belongs to the invocation running on this thread: its context, the function and, in a batch, the record. Log
 * lines, traces and {@code InvocationContext.current()} read it; it is set only while Polyfn runs the invocation's
 * code, and carried to other threads only by Polyfn's own invocation threads, {@code InvocationContext.propagating}
 * executors and Reactor's context.
 *
 * <p>Example: while {@code createOrder} runs for Lambda request {@code 8f5a...}, {@code current()} is
 * {@code InvocationScope(context 8f5a..., "createOrder", null)}; for the SQS record {@code m-2} its record id is
 * {@code m-2}.
 *
 * @param context  the invocation's context
 * @param function the function's definition, e.g. {@code createOrder}
 * @param recordId the batch record's id, or null
 */
public record InvocationScope(InvocationContext context, String function, String recordId) {

    private static final ThreadLocal<InvocationScope> CURRENT = new ThreadLocal<>();

    /** Whether SLF4J's MDC mirrors the scope (the local web app, whose Logback prints MDC values). */
    private static volatile boolean mdc;

    /**
     * Mirrors every scope into SLF4J's MDC from now on ({@code requestId}, {@code traceId}, {@code function},
     * {@code recordId}), for logging backends that print MDC values (Spring Boot's Logback).
     */
    public static void mirrorToMdc() {
        mdc = true;
    }

    /** The scope of the invocation running on this thread, or null. */
    public static InvocationScope current() {
        return CURRENT.get();
    }

    /** Runs {@code action} in this scope and restores whatever this thread had before. */
    public <T> T run(Supplier<T> action) {
        InvocationScope previous = CURRENT.get();
        restore(this);
        try {
            return action.get();
        }
        finally {
            restore(previous);
        }
    }

    /** As {@link #run(Supplier)}, for a call that may throw. */
    public <T> T call(Callable<T> action) throws Exception {
        InvocationScope previous = CURRENT.get();
        restore(this);
        try {
            return action.call();
        }
        finally {
            restore(previous);
        }
    }

    /** Sets the scope of this thread directly (Reactor's context propagation); null clears it. */
    public static void set(InvocationScope scope) {
        restore(scope);
    }

    /** {@code task} running in the scope of the thread that wraps it (none: the task as it is). */
    public static Runnable propagate(Runnable task) {
        InvocationScope scope = CURRENT.get();
        return scope == null ? task : () -> scope.run(() -> {
            task.run();
            return null;
        });
    }

    /** Makes {@code previous} (or none) this thread's scope again. */
    private static void restore(InvocationScope previous) {
        if (previous == null) {
            CURRENT.remove();
        }
        else {
            CURRENT.set(previous);
        }
        if (mdc) {
            Mdc.mirror(previous);
        }
    }

    /** Kept apart so the MDC class is loaded only where SLF4J is present. */
    private static final class Mdc {
        static void mirror(InvocationScope scope) {
            put("requestId", scope == null ? null : scope.context().requestId());
            put("traceId", scope == null ? null : scope.context().traceId());
            put("function", scope == null ? null : scope.function());
            put("recordId", scope == null ? null : scope.recordId());
        }

        private static void put(String key, String value) {
            if (value == null) {
                org.slf4j.MDC.remove(key);
            }
            else {
                org.slf4j.MDC.put(key, value);
            }
        }
    }
}
