package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Under the real runtime client, a function of text never builds Polyfn's JSON mapper: its API Gateway and SQS
 * events and their answers are read and written as trees by Jackson's streaming layer, and the mapper is not built
 * ahead for it. A function of objects still gets it, built while Spring starts. Checked from the JVM's own
 * class-loading log of each deployment: building the mapper is the one use of {@code BoundedDecimals}, its module.
 */
class OrdersAwsLeanStartIT {

    private static final String MAPPER_CLASS = "dev.polyfn.core.internal.BoundedDecimals ";

    @Test
    void aTextFunctionAnswersApiGatewayAndSqsWithoutTheMapper(@TempDir Path logs) throws IOException {
        String classes = classesLoadedServing("uppercase", logs, "apigw-v1-uppercase.json", "sqs-all-valid.json");
        assertThat(classes).contains("dev.polyfn.core.internal.JsonTrees ").doesNotContain(MAPPER_CLASS);
    }

    @Test
    void aFunctionOfObjectsStillGetsItsMapper(@TempDir Path logs) throws IOException {
        assertThat(classesLoadedServing("createOrder", logs, "apigw-v1-create-order.json")).contains(MAPPER_CLASS);
    }

    /** The JVM's class-loading log of a deployment of {@code definition} that answered each fixture. */
    private static String classesLoadedServing(String definition, Path logs, String... fixtures) throws IOException {
        Path classes = logs.resolve(definition + "-classes.log");
        try (DeployedLambda lambda = DeployedLambda.start(definition + "-lean", definition, classLoadLog(classes))) {
            for (String fixture : fixtures) {
                RuntimeApiEmulator.Answer answer = lambda.invoke(fixture);
                assertThat(answer.kind()).as(fixture).isEqualTo("response");
                JsonNode result = DeployedLambda.json(answer);
                assertThat(result.has("statusCode") ? result.path("statusCode").asInt() == 200
                        : result.path("batchItemFailures").isEmpty()).as(fixture + ": " + result).isTrue();
            }
        }
        return Files.readString(classes);
    }

    private static Map<String, String> classLoadLog(Path file) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + file);
    }
}
