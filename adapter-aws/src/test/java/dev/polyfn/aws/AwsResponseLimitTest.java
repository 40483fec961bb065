package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import dev.polyfn.core.ResponseLimit;
import dev.polyfn.core.testkit.Answers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers over the trigger's limit, measured as the JSON Lambda really returns (envelope and escaping included),
 * are a 502 problem in the trigger's own shape instead of Lambda's opaque "response payload size exceeded".
 */
class AwsResponseLimitTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // text a little under 6 MiB fits; the same text with its envelope does not
        "apigw-v1-uppercase.json, large:6000000, 200",
        "apigw-v1-uppercase.json, large:6291400, 502",
        // 3.5 MB of quotes: 7 MB once JSON-escaped in the proxy response
        "apigw-v1-uppercase.json, quotes:3500000, 502",
        "function-url-uppercase.json, large:6291400, 502",
        // an ALB carries 1 MB
        "alb-uppercase.json, large:1000000, 200",
        "alb-uppercase.json, large:1048576, 502"})
    void httpAnswersOverTheLimitAre502Problems(String fixture, String fault, int status) {
        ObjectNode event = Fixtures.tree(fixture);
        event.put("body", fault).put("isBase64Encoded", false);
        byte[] out = TestHandlers.invoke("fault", Fixtures.write(event));
        assertThat((long) out.length).isLessThanOrEqualTo(fixture.startsWith("alb") ? ResponseLimit.ALB_BYTES
                : ResponseLimit.LAMBDA_BYTES);
        JsonNode response = Fixtures.read(out);
        assertThat(response.path("statusCode").asInt()).isEqualTo(status);
        if (status == 502) {
            JsonNode problem = Answers.assertProblem(502, response.path("body").asString().getBytes(StandardCharsets.UTF_8));
            assertThat(problem.path("title").asString()).isEqualTo("Bad Gateway");
            assertThat(problem.path("detail").asString()).contains("bytes as sent", "limit of");
        }
    }

    @ParameterizedTest(name = "direct {0} -> {1}")
    @CsvSource({"large:6000000, 200", "large:6291456, 502"})
    void directResultsOverSixMegabytesAreAFunctionErrorWith502(String fault, int status) {
        byte[] payload = ("\"" + fault + "\"").getBytes(StandardCharsets.UTF_8);
        if (status == 200) {
            assertThat((long) TestHandlers.invoke("fault", payload).length).isLessThanOrEqualTo(ResponseLimit.LAMBDA_BYTES);
            return;
        }
        FunctionErrorException error = catchThrowableOfType(FunctionErrorException.class,
                () -> TestHandlers.invoke("fault", payload));
        assertThat(error.status()).isEqualTo(502);
        Answers.assertProblem(502, error.getMessage().getBytes(StandardCharsets.UTF_8));
    }
}
