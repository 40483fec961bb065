package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.polyfn.aws.apigw.v1.ApiGwV1ResponseWriter;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.ResponseLimit;
import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The envelope code's own guard: even an Error thrown while mapping a request is a 500 proxy response, not a crash. */
class HttpTriggerGuardTest {

    private static final PolyfnRuntime RUNTIME = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
            Scenarios.CONFIGURATION, "spring.cloud.function.definition", "uppercase"));

    @ParameterizedTest
    @ValueSource(strings = {"runtime", "stack", "assertion"})
    void aFailingMapperIsA500Problem(String kind) {
        HttpTrigger trigger = new HttpTrigger((event, context) -> {
            switch (kind) {
                case "runtime" -> throw new IllegalStateException("mapper at /opt/app/Mapper.java:1");
                case "stack" -> throw new StackOverflowError();
                default -> throw new AssertionError("broken");
            }
        }, new ApiGwV1ResponseWriter(), ResponseLimit.LAMBDA_BYTES);
        InvocationContext context = new InvocationContext(UUID.randomUUID().toString(), "aws", null, null, Map.of(),
                null);
        JsonNode response = trigger.handle(Fixtures.tree("apigw-v1-uppercase.json"), context, RUNTIME.invoker());
        assertThat(response.path("statusCode").asInt()).isEqualTo(500);
        Answers.assertProblem(500, response.path("body").asString().getBytes(StandardCharsets.UTF_8));
        Answers.assertNoLeak(response.toString());
    }
}
