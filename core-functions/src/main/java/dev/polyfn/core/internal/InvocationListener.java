package dev.polyfn.core.internal;

import dev.polyfn.core.InvocationContext;

/**
 * Told of every completed invocation, after its answer is known; how the local web app records Micrometer metrics.
 * Must be fast and must not throw (an exception is ignored).
 */
@FunctionalInterface
public interface InvocationListener {

    void completed(String function, InvocationContext context, int status, long nanos, boolean coldStart);
}
