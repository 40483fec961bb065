package dev.polyfn.gcp.internal;

import java.util.Map;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PolyfnRuntime;

/**
 * Starts the one {@link PolyfnRuntime} of a Cloud Functions instance on first use and shares it between the HTTP
 * and CloudEvents entry points.
 *
 * <p>Example: the invoker instantiates {@code PolyfnHttpFunction}; its no-argument constructor calls
 * {@link #runtime()}, which starts the lean Spring context once; later calls return the same runtime.
 * A failed start (unknown function, missing configuration) throws {@link IllegalStateException} naming the
 * problem, and the next call tries again instead of caching the failure.
 */
public final class GcpRuntimeHolder {

    private static final Object LOCK = new Object();
    private static volatile PolyfnRuntime runtime;

    private GcpRuntimeHolder() {
    }

    public static PolyfnRuntime runtime() {
        PolyfnRuntime started = runtime;
        if (started == null) {
            synchronized (LOCK) {
                started = runtime;
                if (started == null) {
                    started = startWithOwnClassLoader();
                    runtime = started;
                }
            }
        }
        return started;
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
}
