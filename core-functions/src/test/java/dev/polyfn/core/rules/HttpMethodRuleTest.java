package dev.polyfn.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;

class HttpMethodRuleTest {

    @Test
    void aFunctionThatDeclaresNoMethodsAcceptsPostOnly() {
        HttpMethodRule rule = HttpMethodRule.of("createOrder", Settings.of());

        assertThat(rule.allowed()).containsExactly("POST");
        assertThat(rule.allows("post")).isTrue();
        assertThat(rule.allows(null)).isTrue();
        assertThat(rule.allows("GET")).isFalse();
        assertThat(rule.allows("PUT")).isFalse();
        assertThat(rule.allowHeader()).isEqualTo("POST");
    }

    @Test
    void declaredMethodsAreTheOnesAccepted() {
        org.springframework.core.env.PropertyResolver declarations = Settings.of("polyfn.functions.createOrder.http.methods", "post, put");
        HttpMethodRule rule = HttpMethodRule.of("createOrder", declarations);

        assertThat(rule.allowed()).containsExactly("POST", "PUT");
        assertThat(rule.allows("PUT")).isTrue();
        assertThat(rule.allows("GET")).isFalse();
        assertThat(rule.allowHeader()).isEqualTo("POST, PUT");
        assertThat(rule.detail("GET")).isEqualTo("This function does not accept GET: use POST or PUT.");
        assertThat(rule.detail("G\nET")).doesNotContain("\n").contains("this method");
    }

    @Test
    void theInvokerAnswers405WithAllowBeforeLookingAtTheBody() {
        try (PolyfnRuntime runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION, "spring.cloud.function.definition", "createOrder",
                "polyfn.functions.createOrder.http.methods", "POST,PUT"))) {
            PortableResponse get = runtime.invoker().invoke(PortableRequest.http("GET", "/createOrder").build());
            PortableResponse put = runtime.invoker().invoke(PortableRequest.http("PUT", "/createOrder")
                .contentType("application/json").body(Scenarios.VALID_ORDER).build());
            PortableResponse rejected = runtime.invoker().reject(PortableRequest.http("DELETE", "/createOrder").build(),
                    413, "too large");

            assertThat(get.status()).isEqualTo(405);
            assertThat(get.contentType()).isEqualTo(PortableResponse.PROBLEM_JSON);
            assertThat(get.headers()).containsEntry("Allow", "POST, PUT");
            assertThat(get.bodyAsString()).contains("\"status\":405", "does not accept GET");
            assertThat(put.status()).isEqualTo(200);
            assertThat(rejected.status()).isEqualTo(405);
            assertThat(runtime.invoker().httpMethods()).containsExactly("POST", "PUT");
        }
    }
}
