package dev.polyfn.azure;

import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;

/**
 * Starts the process-wide {@link PolyfnAzure} on a background thread as soon as the Java worker loads the app's
 * functions, so the first invocation finds it started (or nearly) instead of starting it itself. The worker creates
 * its middlewares once, through {@code ServiceLoader}, while it loads the first function
 * (azure-functions-java-worker {@code JavaFunctionBroker.initializeInvocationChainFactory}); as a middleware this
 * only passes every invocation on. A startup failure is kept as usual and reported by the invocations.
 */
public final class AzureEarlyStart implements Middleware {

    public AzureEarlyStart() {
        Thread start = new Thread(PolyfnAzure::shared, "polyfn-azure-start");
        start.setDaemon(true);
        start.start();
    }

    @Override
    public void invoke(MiddlewareContext context, MiddlewareChain chain) throws Exception {
        chain.doNext(context);
    }
}
