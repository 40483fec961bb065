package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.polyfn.aws.alb.AlbRequestMapper;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Application Load Balancer targets, single- and multi-value mode. */
class AlbTest {

    @Test
    void singleValueModeAnswersHeadersAndStatusDescription() {
        JsonNode out = TestHandlers.call("uppercase", "alb-uppercase.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("statusDescription").asString()).isEqualTo("200 OK");
        assertThat(out.path("headers").path("Content-Type").asString()).startsWith("text/plain");
        assertThat(out.has("multiValueHeaders")).isFalse();
        assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
        assertThat(out.path("isBase64Encoded").asBoolean(true)).isFalse();
    }

    @Test
    void multiValueModeAnswersMultiValueHeaders() {
        JsonNode out = TestHandlers.call("createOrder", "alb-multivalue-create-order.json");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        assertThat(out.path("statusDescription").asString()).isEqualTo("200 OK");
        assertThat(out.path("multiValueHeaders").path("Content-Type").path(0).asString()).isEqualTo("application/json");
        assertThat(out.has("headers")).isFalse();
    }

    @Test
    void problemsCarryTheirStatusDescription() {
        ObjectNode event = Fixtures.tree("alb-uppercase.json");
        ((ObjectNode) event.path("headers")).put("content-type", "application/xml");
        event.put("body", "<order/>");
        JsonNode out = Fixtures.read(TestHandlers.invoke("createOrder", Fixtures.write(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(415);
        assertThat(out.path("statusDescription").asString()).isEqualTo("415 Unsupported Media Type");
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
    }

    @Test
    void queryParametersAreUrlDecoded() {
        PortableRequest single = new AlbRequestMapper()
            .toRequest(Fixtures.tree("alb-uppercase.json"), InvocationContext.local()).build();
        assertThat(single.query()).containsEntry("q", List.of("a b"));
        PortableRequest multi = new AlbRequestMapper()
            .toRequest(Fixtures.tree("alb-multivalue-create-order.json"), InvocationContext.local()).build();
        assertThat(multi.query()).containsEntry("tag", List.of("a b", "c"));
        assertThat(multi.contentType()).isEqualTo("application/json; charset=UTF-8");
    }
}
