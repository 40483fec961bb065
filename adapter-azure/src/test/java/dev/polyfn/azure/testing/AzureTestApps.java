package dev.polyfn.azure.testing;

import java.util.HashMap;
import java.util.Map;

import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PolyfnRuntime;

/**
 * Starts Polyfn applications for Azure tests: core's scenario functions plus {@link AzureTestFunctions}, no fixed
 * deployed function (as in an Azure app with several functions), and per-function settings from a map instead of
 * app settings.
 */
public final class AzureTestApps {

    private AzureTestApps() {
    }

    /** An application with the given app settings (e.g. {@code POLYFN_FUNCTION_NIGHTLY=tickEcho}). */
    public static PolyfnAzure start(Map<String, String> appSettings) {
        return start(appSettings, Map.of());
    }

    /** As {@link #start(Map)}, with further Polyfn properties (e.g. {@code polyfn.limits.max-body-bytes}). */
    public static PolyfnAzure start(Map<String, String> appSettings, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(dev.polyfn.core.testkit.Scenarios.DECLARATIONS);
        all.putAll(properties);
        all.put(PolyfnRuntime.CONFIGURATION_PROPERTY, AzureTestFunctions.CONFIGURATION);
        all.put("polyfn.logging.invocations", "false");
        PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(all);
        return new PolyfnAzure(runtime, Map.copyOf(appSettings)::get);
    }
}
