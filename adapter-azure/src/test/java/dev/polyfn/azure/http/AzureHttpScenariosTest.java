package dev.polyfn.azure.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.azure.functions.HttpMethod;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpRequestMessage;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared HTTP scenario set through the Azure HTTP trigger: each scenario's request encoded as the Java
 * worker's {@code HttpRequestMessage}, sent to the Azure function named like the scenario's function in one app
 * holding every function, and the {@code HttpResponseMessage} decoded back.
 */
class AzureHttpScenariosTest {

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<ContractScenario> scenarios() {
        return Scenarios.http().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void azureHttpTriggerAnswersEveryScenario(ContractScenario scenario) {
        TestHttpResponseMessage response = (TestHttpResponseMessage) PolyfnAzureHttp.handle(app,
                toAzure(scenario.request()), TestExecutionContext.of(scenario.function()));
        scenario.verify(response.observed());
    }

    static TestHttpRequestMessage toAzure(PortableRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
        Map<String, String> query = new LinkedHashMap<>();
        // the host hands the worker query values decoded (leniently, keeping what does not decode)
        request.query().forEach((name, values) -> query.put(dev.polyfn.core.rules.QueryStrings.decode(name),
                dev.polyfn.core.rules.QueryStrings.decode(values.get(0))));
        return new TestHttpRequestMessage(HttpMethod.value(request.method()),
                URI.create("https://orders-polyfn.azurewebsites.net/api" + request.path()), headers, query,
                request.body().length == 0 ? null : request.body());
    }
}
