package dev.polyfn.azure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The Polyfn application inside one Azure Functions worker process: one {@link PolyfnRuntime}, started on first
 * use, and for each Azure function the one bean it runs, fixed by configuration (see {@link AzureFunctionSelection}).
 *
 * <p>Example: Azure function {@code createOrder} runs bean {@code createOrder}; {@code processPayment-queue} runs
 * {@code processPayment}; the app setting {@code POLYFN_FUNCTION_CHARGE=processPayment} makes Azure function
 * {@code charge} run {@code processPayment}. A request never takes part in that choice.
 *
 * <p>A startup failure (no function configuration, an unknown definition, a setting naming no bean) is kept: every
 * later invocation reports it ({@link AzureStartupException}) without starting again.
 */
public final class PolyfnAzure implements AutoCloseable {

    private static volatile PolyfnAzure shared;

    private final PolyfnRuntime runtime;
    private final AzureStartupException startupFailure;
    private final AzureFunctionSelection selection;
    private final java.time.Duration functionTimeout;
    private final dev.polyfn.core.rules.EnvelopeLimits envelopeLimits;
    private final dev.polyfn.core.rules.EventFailurePolicy failures;
    private final Map<String, Object> invokers = new ConcurrentHashMap<>();

    /** An application over {@code runtime}, reading per-function settings with {@code settings} (e.g. {@code System::getenv}). */
    public PolyfnAzure(PolyfnRuntime runtime, UnaryOperator<String> settings) {
        this(runtime, null, settings);
    }

    private PolyfnAzure(PolyfnRuntime runtime, AzureStartupException startupFailure, UnaryOperator<String> settings) {
        this.runtime = runtime;
        this.startupFailure = startupFailure;
        this.selection = new AzureFunctionSelection(settings);
        this.functionTimeout = runtime == null ? null : AzureHostJson.functionTimeout(settings);
        this.envelopeLimits = runtime == null ? null : new dev.polyfn.core.rules.EnvelopeLimits(runtime.properties());
        this.failures = runtime == null ? null : dev.polyfn.core.rules.EventFailurePolicy.from(runtime.environment());
    }

    /** The process-wide application: started once, on first use, from app settings and {@code application.properties}. */
    public static PolyfnAzure shared() {
        PolyfnAzure app = shared;
        if (app == null) {
            synchronized (PolyfnAzure.class) {
                app = shared;
                if (app == null) {
                    app = start(() -> PolyfnRuntime.startForEntryPoints(Map.of(PolyfnProperties.PROVIDER, "azure")),
                            System::getenv);
                    shared = app;
                }
            }
        }
        return app;
    }

    /** Starts an application; a failure is kept in it and reported by every invocation. */
    public static PolyfnAzure start(Supplier<PolyfnRuntime> runtime, UnaryOperator<String> settings) {
        try {
            PolyfnAzure app = new PolyfnAzure(runtime.get(), null, settings);
            dev.polyfn.core.internal.CloudLogging.route(new AzureInvocationLogs());
            return app;
        }
        catch (RuntimeException e) {
            AzureStartupException failure = new AzureStartupException("Polyfn could not start", e);
            // once per process, with the cause; every invocation then reports the kept failure in one line
            java.util.logging.Logger.getLogger(PolyfnAzure.class.getName())
                .log(java.util.logging.Level.SEVERE, failure.getMessage(), e);
            return new PolyfnAzure(null, failure, settings);
        }
    }

    /**
     * The invoker of the bean fixed for the Azure function {@code azureFunctionName}. Throws the kept
     * {@link AzureStartupException} when the application, or this function's selection, failed.
     */
    public PolyfnInvoker invoker(String azureFunctionName) {
        if (startupFailure != null) {
            throw startupFailure;
        }
        Object invoker = invokers.computeIfAbsent(azureFunctionName, name -> {
            try {
                String definition = selection.definitionFor(name, runtime.functions().names());
                return definition == null ? runtime.invoker() : runtime.functions().invoker(definition);
            }
            catch (RuntimeException e) {
                return new AzureStartupException("Azure function '" + name + "' has no function to run", e);
            }
        });
        if (invoker instanceof AzureStartupException failure) {
            throw failure;
        }
        return (PolyfnInvoker) invoker;
    }

    /**
     * The portable context of one invocation: Azure's ids and trace context, and as deadline the invocation's start
     * plus host.json's {@code functionTimeout} when the app sets one (core keeps its margin before it).
     */
    public InvocationContext context(ExecutionContext context, String fallbackTraceparent, Map<String, String> facts) {
        return AzureInvocationContexts.of(context, fallbackTraceparent, facts,
                functionTimeout == null ? null : java.time.Instant.now().plus(functionTimeout));
    }

    public InvocationContext context(ExecutionContext context) {
        return context(context, null, Map.of());
    }

    /** Core's limits for the JSON the host binds (Event Grid events, Event Hubs metadata, Cosmos DB batches). */
    public dev.polyfn.core.rules.EnvelopeLimits envelopeLimits() {
        if (startupFailure != null) {
            throw startupFailure;
        }
        return envelopeLimits;
    }

    /** The application's one JSON mapper, with Polyfn's read limits. */
    public ObjectMapper json() {
        if (startupFailure != null) {
            throw startupFailure;
        }
        return runtime.json();
    }

    /**
     * Runs a non-HTTP event through the Azure function's bean and returns the answer when it succeeded. Every other
     * outcome throws {@link AzureInvocationException} carrying the problem, so the host retries the message (and in
     * the end moves it to its poison or dead-letter queue): an envelope {@code decode} cannot read (it throws
     * {@link IllegalArgumentException}: a 400 problem, logged by core like any invocation), an input the function
     * rejects, a failing function, or a startup failure.
     */
    public PortableResponse deliver(ExecutionContext context, Supplier<PortableRequest> decode) {
        PolyfnInvoker invoker;
        try {
            invoker = invoker(context.getFunctionName());
        }
        catch (AzureStartupException e) {
            throw new AzureInvocationException(context.getFunctionName(), "not started", 500, e.getMessage());
        }
        PortableResponse response;
        try {
            response = invoker.invoke(decode.get());
        }
        catch (IllegalArgumentException unreadable) {
            PortableRequest request = PortableRequest.builder().context(context(context)).build();
            response = invoker.reject(request, 400, unreadable.getMessage());
        }
        if (failures.failsDelivery(response)) {
            // core's EventFailurePolicy: the host has no permanent answer, so every failure is retried, then poisoned
            throw new AzureInvocationException(context.getFunctionName(), invoker.functionName(), response.status(),
                    problemDetail(response));
        }
        return response;
    }

    /** Closes the runtime (tests and tools; the process-wide application lives as long as the worker). */
    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** The {@code detail} of a problem answer, for exception messages; empty when there is none. */
    String problemDetail(PortableResponse response) {
        try {
            return runtime.json().readTree(response.body()).path("detail").asString("");
        }
        catch (RuntimeException e) {
            return "";
        }
    }
}
