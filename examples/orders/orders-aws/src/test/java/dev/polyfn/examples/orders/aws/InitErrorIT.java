package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.polyfn.core.testkit.BrokenStartupFunctions;
import org.junit.jupiter.api.Test;

/**
 * A deployment that cannot start fails Lambda's init phase with a message saying why, and the runtime client exits:
 * nothing is retried per invocation (Lambda itself reports the init error for the invocations and starts a new
 * environment).
 */
class InitErrorIT {

    @Test
    void unknownDefinitionIsAnInitError() throws InterruptedException {
        try (DeployedLambda lambda = DeployedLambda.start("shipOrder")) {
            String error = initError(lambda);
            assertThat(error).contains("shipOrder").contains("uppercase");
        }
    }

    @Test
    void aMissingConfigurationClassIsAnInitError() throws InterruptedException {
        try (DeployedLambda lambda = DeployedLambda.start("missing-configuration", "uppercase",
                Map.of("POLYFN_CONFIGURATION", "com.example.orders.MissingFunctions"))) {
            assertThat(initError(lambda)).contains("polyfn.configuration", "com.example.orders.MissingFunctions",
                    "not on the class path");
        }
    }

    @Test
    void aBeanFailingToConstructIsAnInitError() throws InterruptedException {
        try (DeployedLambda lambda = DeployedLambda.withTestkit("broken-bean", BrokenStartupFunctions.CONFIGURATION,
                "brokenBean", Map.of())) {
            assertThat(initError(lambda)).contains("brokenBean", BrokenStartupFunctions.CAUSE);
        }
    }

    private static String initError(DeployedLambda lambda) throws InterruptedException {
        RuntimeApiEmulator.Answer answer = lambda.awaitInitError();
        assertThat(answer.kind()).isEqualTo("init-error");
        assertThat(lambda.process().waitForExit(30)).as("the runtime client exits after an init error").isTrue();
        return answer.text();
    }
}
