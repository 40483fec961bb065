package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import dev.polyfn.aws.apigw.v1.ApiGwV1RequestMapper;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** API Gateway REST API (payload 1.0) both ways. */
class ApiGwV1Test {

    @Test
    void textAnswersTheProxyShape() {
        JsonNode out = TestHandlers.call("uppercase", "apigw-v1-uppercase.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("headers").path("Content-Type").asString()).startsWith("text/plain");
        assertThat(out.path("multiValueHeaders").path("Content-Type").path(0).asString()).startsWith("text/plain");
        assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
        assertThat(out.path("isBase64Encoded").asBoolean(true)).isFalse();
    }

    @Test
    void jsonBodyReachesAPojoFunction() {
        JsonNode out = TestHandlers.call("createOrder", "apigw-v1-create-order.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/json");
        JsonNode confirmation = Fixtures.read(out.path("body").asString().getBytes());
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(confirmation.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void base64BodyIsDecoded() {
        JsonNode out = TestHandlers.call("uppercase", "apigw-v1-base64-body.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void badBase64AnswersA400Problem() {
        JsonNode out = TestHandlers.call("uppercase", "apigw-v1-bad-base64.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(400);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        JsonNode problem = Fixtures.read(out.path("body").asString().getBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains("base64");
        assertThat(problem.path("instance").asString()).isEqualTo("/uppercase");
    }

    @Test
    void binaryAnswersAreBase64() {
        ObjectNode event = Fixtures.tree("apigw-v1-base64-body.json");
        JsonNode out = Fixtures.read(TestHandlers.invoke("thumbnail", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/octet-stream");
        assertThat(out.path("isBase64Encoded").asBoolean()).isTrue();
        byte[] body = Base64.getDecoder().decode(out.path("body").asString());
        assertThat(body).startsWith(AwsTestFunctions.PNG_SIGNATURE).endsWith("hello polyfn".getBytes());
    }

    @Test
    void mapperKeepsEveryQueryAndHeaderValue() {
        PortableRequest request = new ApiGwV1RequestMapper()
            .toRequest(Fixtures.tree("apigw-v1-uppercase.json"), InvocationContext.local()).build();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/uppercase");
        assertThat(request.query()).containsEntry("lang", List.of("de", "en"));
        assertThat(request.contentType()).isEqualTo("text/plain");
        assertThat(request.header("X-Forwarded-Proto")).contains("https");
    }

    @Test
    void singleValueMapsAreUsedWithoutMultiValueOnes() {
        ObjectNode event = Fixtures.tree("apigw-v1-uppercase.json");
        event.remove(List.of("multiValueHeaders", "multiValueQueryStringParameters"));
        PortableRequest request = new ApiGwV1RequestMapper().toRequest(event, InvocationContext.local()).build();
        assertThat(request.query()).containsEntry("lang", List.of("en"));
        assertThat(request.header("content-type")).contains("text/plain");
    }
}
