package dev.polyfn.examples.orders.app;

import java.util.stream.Stream;

import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import dev.polyfn.core.testkit.TestkitFunctions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The shared scenario set over real HTTP through the local web app's endpoint (Spring Boot, Tomcat), with the
 * testkit's functions: the web path gives the same answers as core and every cloud.
 */
@SpringBootTest(classes = WebScenariosTest.TestkitApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebScenariosTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestkitFunctions.class)
    static class TestkitApp {
    }

    @LocalServerPort
    int port;

    /** The testkit functions' declarations, as their application.properties would hold them. */
    @org.springframework.test.context.DynamicPropertySource
    static void declarations(org.springframework.test.context.DynamicPropertyRegistry registry) {
        Scenarios.DECLARATIONS.forEach((key, value) -> registry.add(key, () -> value));
    }

    static Stream<ContractScenario> scenarios() {
        return Scenarios.http().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void webAppAnswersLikeCore(ContractScenario scenario) {
        scenario.verify(new LocalHttp(port).send(scenario.request()));
    }
}
