package dev.polyfn.gcp.internal;

import java.util.Map;
import java.util.function.Supplier;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PolyfnRuntime;

/**
 * Starts the one {@link PolyfnRuntime} of a Cloud Functions instance on first use and shares it between the HTTP
 * and CloudEvents entry points.
 *
 * <p>Example: the invoker instantiates {@code PolyfnHttpFunction}; its no-argument constructor calls
 * {@link #runtime()}, which starts the lean Spring context once; later calls return the same runtime.
 * A failed start (unknown function, missing configuration class, a bean failing to construct) is kept: this call
 * and every later one throw the same exception naming the problem, and the start is never tried again (it would
 * fail the same way, paying a whole context start each time). Under java-function-invoker the first failure stops
 * the instance before it serves, so the platform reports the failed deployment with that message.
 */
public final class GcpRuntimeHolder {

    private static final StartedOnce<PolyfnRuntime> RUNTIME = new StartedOnce<>(GcpRuntimeHolder::startWithOwnClassLoader);

    private GcpRuntimeHolder() {
    }

    public static PolyfnRuntime runtime() {
        return RUNTIME.get();
    }

    /** The invoker loads functions in their own class loader: resources such as application.properties live there. */
    private static PolyfnRuntime startWithOwnClassLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(GcpRuntimeHolder.class.getClassLoader());
        try {
            return PolyfnRuntime.start(Map.of(PolyfnProperties.PROVIDER, "gcp"));
        }
        finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A value started at most once; a failed start is kept and rethrown, never retried. */
    static final class StartedOnce<T> {

        private final Supplier<T> start;
        private T value;
        private RuntimeException failure;

        StartedOnce(Supplier<T> start) {
            this.start = start;
        }

        synchronized T get() {
            if (value == null && failure == null) {
                try {
                    value = start.get();
                }
                catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
