package dev.polyfn.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared scenario set straight through core's invoker in the lean (no Boot) runtime: the reference answers. */
class CoreScenariosTest {

    private static final Map<String, PolyfnRuntime> RUNTIMES = new ConcurrentHashMap<>();

    static Stream<ContractScenario> scenarios() {
        return Stream.concat(Scenarios.http().stream(), Scenarios.events().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void coreAnswersEveryScenario(ContractScenario scenario) {
        PolyfnRuntime runtime = RUNTIMES.computeIfAbsent(scenario.function(), fn -> {
            Map<String, Object> settings = new java.util.HashMap<>(Scenarios.DECLARATIONS);
            settings.put(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION);
            settings.put("spring.cloud.function.definition", fn);
            return PolyfnRuntime.start(settings);
        });
        PortableResponse response = runtime.invoker().invoke(scenario.request());
        scenario.verify(new Observed(response.status(), response.contentType(), response.body()));
    }

    @AfterAll
    static void close() {
        RUNTIMES.values().forEach(PolyfnRuntime::close);
    }
}
