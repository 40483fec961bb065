package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deployment naming a function that does not exist fails Lambda's init phase, naming the functions it has. */
class InitErrorIT {

    @Test
    void unknownDefinitionIsAnInitError() throws InterruptedException {
        try (DeployedLambda lambda = DeployedLambda.start("shipOrder")) {
            RuntimeApiEmulator.Answer answer = lambda.awaitInitError();
            assertThat(answer.kind()).isEqualTo("init-error");
            String error = answer.text();
            assertThat(error).contains("shipOrder").contains("uppercase");
            assertThat(lambda.process().waitForExit(30)).as("the runtime client exits after an init error").isTrue();
        }
    }
}
