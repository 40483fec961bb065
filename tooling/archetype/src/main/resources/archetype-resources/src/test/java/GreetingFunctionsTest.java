package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import org.junit.jupiter.api.Test;

class GreetingFunctionsTest {

    @Test
    void greetsByName() {
        assertThat(new GreetingFunctions().greet().apply(new GreetingFunctions.Greeting("Ada")))
            .isEqualTo(new GreetingFunctions.Reply("Hello, Ada!"));
    }

    /** Through Polyfn's lean runtime, as every cloud runs it: the same answers on AWS, Azure and Google Cloud. */
    @Test
    void answersJsonAndProblemsLikeEveryCloud() {
        try (PolyfnRuntime runtime = PolyfnRuntime.start(Map.of("spring.cloud.function.definition", "greet"))) {
            PortableResponse ok = runtime.invoker().invoke(post("{\"name\":\"Ada\"}"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Hello, Ada!\"}");

            PortableResponse blank = runtime.invoker().invoke(post("{\"name\":\"\"}"));
            assertThat(blank.status()).isEqualTo(400);
            assertThat(blank.contentType()).startsWith("application/problem+json");
        }
    }

    private static PortableRequest post(String json) {
        return PortableRequest.http("POST", "/greet").contentType("application/json")
            .body(json.getBytes(StandardCharsets.UTF_8)).build();
    }
}
