package dev.polyfn.gcp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Scenarios;

/** One lean runtime per function definition, shared by the tests of this JVM (starting one costs ~0.3 s). */
final class GcpTestRuntimes {

    static final String CONFIGURATION = Scenarios.CONFIGURATION + "," + GcpTestFunctions.class.getName();

    private static final Map<String, PolyfnRuntime> RUNTIMES = new ConcurrentHashMap<>();

    private GcpTestRuntimes() {
    }

    static PolyfnRuntime forFunction(String definition) {
        return RUNTIMES.computeIfAbsent(definition, fn -> {
            Map<String, Object> settings = new java.util.HashMap<>(Scenarios.DECLARATIONS);
            settings.put(PolyfnRuntime.CONFIGURATION_PROPERTY, CONFIGURATION);
            settings.put("spring.cloud.function.definition", fn);
            return PolyfnRuntime.start(settings);
        });
    }
}
