package dev.polyfn.azure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.microsoft.azure.functions.ExecutionContext;
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
 * A misconfiguration (no function configuration, a setting naming no bean) throws {@link IllegalStateException}
 * listing the declared functions; the host fails that invocation and logs the message.
 */
public final class PolyfnAzure implements AutoCloseable {

    private static volatile PolyfnAzure shared;

    private final PolyfnRuntime runtime;
    private final AzureFunctionSelection selection;
    private final Map<String, PolyfnInvoker> invokers = new ConcurrentHashMap<>();

    /** An application over {@code runtime}, reading per-function settings with {@code settings} (e.g. {@code System::getenv}). */
    public PolyfnAzure(PolyfnRuntime runtime, UnaryOperator<String> settings) {
        this.runtime = runtime;
        this.selection = new AzureFunctionSelection(settings);
    }

    /** The process-wide application: started on first use from app settings and {@code application.properties}. */
    public static PolyfnAzure shared() {
        PolyfnAzure app = shared;
        if (app == null) {
            synchronized (PolyfnAzure.class) {
                app = shared;
                if (app == null) {
                    app = new PolyfnAzure(PolyfnRuntime.startForEntryPoints(Map.of(PolyfnProperties.PROVIDER, "azure")), System::getenv);
                    shared = app;
                }
            }
        }
        return app;
    }

    /** The invoker of the bean fixed for the Azure function {@code azureFunctionName}. */
    public PolyfnInvoker invoker(String azureFunctionName) {
        return invokers.computeIfAbsent(azureFunctionName, name -> {
            String definition = selection.definitionFor(name, runtime.functions().names());
            return definition == null ? runtime.invoker() : runtime.functions().invoker(definition);
        });
    }

    /** The application's one JSON mapper, with Polyfn's read limits. */
    public ObjectMapper json() {
        return runtime.json();
    }

    /**
     * Runs a non-HTTP event through the Azure function's bean and returns the answer when it succeeded; any other
     * outcome throws {@link AzureInvocationException} so the host retries the message or records the failure.
     */
    public PortableResponse deliver(PortableRequest request, ExecutionContext context) {
        PolyfnInvoker invoker = invoker(context.getFunctionName());
        PortableResponse response = invoker.invoke(request);
        if (!response.isSuccess()) {
            throw new AzureInvocationException(context.getFunctionName(), invoker.functionName(), response.status(),
                    problemDetail(response));
        }
        return response;
    }

    /** Closes the runtime (tests and tools; the process-wide application lives as long as the worker). */
    @Override
    public void close() {
        runtime.close();
    }

    private String problemDetail(PortableResponse response) {
        try {
            return runtime.json().readTree(response.body()).path("detail").asString("");
        }
        catch (RuntimeException e) {
            return "";
        }
    }
}
