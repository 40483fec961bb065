package ${package};

import java.util.stream.Stream;

import dev.polyfn.test.HttpCall;
import dev.polyfn.test.PolyfnConformance;
import dev.polyfn.test.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * greet through every target's own envelope code (API Gateway, Function URL, ALB, Cloud Functions, the Azure HTTP
 * trigger, the local app over HTTP): each scenario must answer alike everywhere.
 */
class GreetingConformanceTest {

    static final PolyfnConformance KIT = PolyfnConformance.forApplication();

    @TestFactory
    Stream<DynamicTest> greetAnswersTheSameEverywhere() {
        return KIT.tests(
                Scenario.of("greets by name", "greet", HttpCall.post("/greet").json("{\"name\":\"Ada\"}"))
                    .expect(200),
                Scenario.of("a blank name is a 400 problem", "greet", HttpCall.post("/greet").json("{\"name\":\"\"}"))
                    .expect(400),
                Scenario.of("GET is not served", "greet", HttpCall.get("/greet")).expect(405));
    }
}
