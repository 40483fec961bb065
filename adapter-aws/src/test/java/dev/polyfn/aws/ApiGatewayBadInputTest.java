package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Hostile input through API Gateway events (v1 and v2): always a 4xx problem+json, never a 500, never a crash. */
class ApiGatewayBadInputTest {

    record BadInput(String name, String contentType, String body, boolean base64, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        char[] oversized = new char[(int) PolyfnProperties.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(oversized, ' ');
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Stream<BadInput> inputs = Stream.of(
                new BadInput("malformed JSON", "application/json", new String(Fixtures.bytes("direct-malformed-order.json")), false, 400),
                new BadInput("deeply nested JSON", "application/json", deep, false, 400),
                new BadInput("wrong content type", "application/xml", "<order/>", false, 415),
                new BadInput("unparseable content type", "application/json;;;=", "{}", false, 415),
                new BadInput("oversized body", "application/json", new String(oversized), false, 413),
                new BadInput("oversized base64 body", "application/json",
                        java.util.Base64.getEncoder().encodeToString(new byte[8 * 1024 * 1024]), true, 413),
                new BadInput("base64 garbage", "application/json", "@@not*base64@@", true, 400));
        return inputs.flatMap(input -> Stream.of("apigw-v1-create-order.json", "apigw-v2-create-order.json")
            .map(fixture -> Arguments.of(fixture, input)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void answersAProblem(String fixture, BadInput input) {
        ObjectNode event = Fixtures.tree(fixture);
        ((ObjectNode) event.path("headers")).put(fixture.contains("v1") ? "Content-Type" : "content-type", input.contentType());
        if (event.path("multiValueHeaders").isObject()) {
            ((ObjectNode) event.path("multiValueHeaders")).putArray("Content-Type").add(input.contentType());
        }
        event.put("body", input.body()).put("isBase64Encoded", input.base64());
        JsonNode out = Fixtures.read(TestHandlers.invoke("createOrder", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(input.status());
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        JsonNode problem = Fixtures.read(out.path("body").asString().getBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(input.status());
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(out.path("body").asString()).doesNotContain("Exception", "tools.jackson", "dev.polyfn");
    }

    /** Found by AwsHandlerFuzzTest: a value that is an object or array where the event has text was a 500. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aHeaderThatIsNotTextIsA400(String fixture) {
        ObjectNode event = Fixtures.tree(fixture);
        if (event.path("multiValueHeaders").isObject()) {
            // v1 reads multiValueHeaders when present: an array inside its array
            ((ObjectNode) event.path("multiValueHeaders")).putArray("X-Forwarded-Port").addArray().add("443");
        }
        else {
            ((ObjectNode) event.path("headers")).putArray("X-Forwarded-Port").add("443");
        }
        JsonNode out = Fixtures.read(TestHandlers.invoke("uppercase", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(400);
        assertThat(out.path("body").asString()).contains("X-Forwarded-Port", "not a text value");
    }

    static Stream<String> fixtures() {
        return Stream.of("apigw-v1-uppercase.json", "function-url-uppercase.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void routingHeadersAreIgnored(String fixture) {
        ObjectNode event = Fixtures.tree(fixture);
        ((ObjectNode) event.path("headers"))
            .put("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec('id')")
            .put("spring.cloud.function.definition", "explode");
        JsonNode out = Fixtures.read(TestHandlers.invoke("uppercase", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
    }
}
