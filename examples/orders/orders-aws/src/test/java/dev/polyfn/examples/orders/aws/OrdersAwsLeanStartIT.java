package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the real runtime client, a function of text never builds Polyfn's JSON mapper: its API Gateway and SQS
 * events and their answers are read and written as trees by Jackson's streaming layer, and the mapper is not built
 * ahead for it. A function of objects still gets it, built while Spring starts. Checked from the JVM's own
 * class-loading log of each deployment: building the mapper is the one use of {@code BoundedDecimals}, its module.
 */
class OrdersAwsLeanStartIT {

    private static final String MAPPER_CLASS = "dev.polyfn.core.internal.BoundedDecimals ";

    @Test
    void aTextFunctionAnswersApiGatewayWithoutTheJsonMapper(@TempDir Path logs) throws IOException {
        Path classes = logs.resolve("uppercase-classes.log");
        try (DeployedLambda lambda = DeployedLambda.start("uppercase-lean", "uppercase", classLoadLog(classes))) {
            RuntimeApiEmulator.Answer answer = lambda.invoke("apigw-v1-uppercase.json");
            assertThat(DeployedLambda.json(answer).path("statusCode").asInt()).isEqualTo(200);
            assertThat(DeployedLambda.json(answer).path("body").asString()).isEqualTo("HELLO POLYFN");
            RuntimeApiEmulator.Answer sqs = lambda.invoke("sqs-all-valid.json");
            assertThat(DeployedLambda.json(sqs).path("batchItemFailures").isArray()).isTrue();
        }
        assertThat(Files.readString(classes)).contains("dev.polyfn.core.internal.JsonTrees ")
            .doesNotContain(MAPPER_CLASS);
    }

    @Test
    void aFunctionOfObjectsStillGetsItsMapper(@TempDir Path logs) throws IOException {
        Path classes = logs.resolve("createOrder-classes.log");
        try (DeployedLambda lambda = DeployedLambda.start("createOrder-lean", "createOrder", classLoadLog(classes))) {
            RuntimeApiEmulator.Answer answer = lambda.invoke("apigw-v1-create-order.json");
            assertThat(DeployedLambda.json(answer).path("statusCode").asInt()).isEqualTo(200);
        }
        assertThat(Files.readString(classes)).contains(MAPPER_CLASS);
    }

    private static Map<String, String> classLoadLog(Path file) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + file);
    }
}
