package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** HTTP events with the optional parts null (a GET through a test console, no headers, no body) still answer. */
class SparseHttpEventsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"apigw-v1-uppercase.json", "apigw-v2-create-order.json", "alb-uppercase.json",
        "alb-multivalue-create-order.json"})
    void nullHeadersQueryAndBody(String fixture) {
        ObjectNode event = Fixtures.tree(fixture);
        for (String field : List.of("headers", "multiValueHeaders", "queryStringParameters",
                "multiValueQueryStringParameters", "body", "isBase64Encoded", "cookies", "rawQueryString")) {
            if (event.has(field)) {
                event.putNull(field);
            }
        }
        JsonNode out = Fixtures.read(TestHandlers.invoke("uppercase", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("body").asString()).isEmpty();
        // with multiValueHeaders null the request was not in multi-value mode: the answer uses plain headers
        assertThat(out.path("headers").path("Content-Type").asString()).startsWith("text/plain");
    }
}
