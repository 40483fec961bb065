package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.polyfn.aws.apigw.v2.ApiGwV2RequestMapper;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API Gateway HTTP API (payload 2.0) and Lambda Function URLs both ways. */
class ApiGwV2Test {

    @Test
    void httpApiAnswersTheV2Shape() {
        JsonNode out = TestHandlers.call("createOrder", "apigw-v2-create-order.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/json");
        assertThat(out.path("isBase64Encoded").asBoolean(true)).isFalse();
        assertThat(out.has("multiValueHeaders")).isFalse();
        assertThat(Fixtures.read(out.path("body").asString().getBytes()).path("customerId").asString()).isEqualTo("c-42");
    }

    @Test
    void functionUrlWithBase64Body() {
        JsonNode out = TestHandlers.call("uppercase", "function-url-uppercase.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("headers").path("Content-Type").asString()).startsWith("text/plain");
        assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void mapperReadsRepeatedQueryAndCookies() {
        PortableRequest request = new ApiGwV2RequestMapper()
            .toRequest(Fixtures.tree("apigw-v2-create-order.json"), InvocationContext.local()).build();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/createOrder");
        assertThat(request.query()).containsEntry("trace", List.of("a", "b")).containsEntry("q", List.of("x y"));
        assertThat(request.header("cookie")).contains("session=abc123; theme=dark");
        assertThat(request.contentType()).isEqualTo("application/json");
    }

    @Test
    void contextReachesTheFunction() {
        String previous = System.getProperty("com.amazonaws.xray.traceHeader");
        System.setProperty("com.amazonaws.xray.traceHeader", "Root=1-6741a1b2-abcdefabcdefabcdefabcdef;Sampled=1");
        try {
            JsonNode out = TestHandlers.call("whoami", "function-url-uppercase.json");
            JsonNode who = Fixtures.read(out.path("body").asString().getBytes());
            assertThat(who.path("provider").asString()).isEqualTo("aws");
            assertThat(who.path("requestId").asString()).isNotBlank();
            assertThat(who.path("traceId").asString()).isEqualTo("Root=1-6741a1b2-abcdefabcdefabcdefabcdef;Sampled=1");
            assertThat(who.path("hasDeadline").asBoolean()).isTrue();
            assertThat(who.path("attributes").path("functionArn").asString()).isEqualTo(TestLambdaContext.FUNCTION_ARN);
        }
        finally {
            if (previous == null) {
                System.clearProperty("com.amazonaws.xray.traceHeader");
            }
            else {
                System.setProperty("com.amazonaws.xray.traceHeader", previous);
            }
        }
    }
}
