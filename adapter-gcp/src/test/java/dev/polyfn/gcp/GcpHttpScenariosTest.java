package dev.polyfn.gcp;

import java.util.stream.Stream;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared HTTP scenario set, each sent as a functions-framework request through {@link PolyfnHttpFunction}. */
class GcpHttpScenariosTest {

    static Stream<ContractScenario> scenarios() {
        return Scenarios.http().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void httpFunctionAnswersEveryScenario(ContractScenario scenario) throws Exception {
        PolyfnHttpFunction function = new PolyfnHttpFunction(GcpTestRuntimes.forFunction(scenario.function()));
        PortableRequest request = scenario.request();
        InMemoryHttpResponse response = new InMemoryHttpResponse();

        String query = request.query().isEmpty() ? null : String.join("&", request.query().entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v)).toList());
        function.service(InMemoryHttpRequest.of(request.method(), request.path(), query, request.headers(),
                request.body()), response);

        scenario.verify(response.observed());
    }
}
