package dev.polyfn.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** Polyfn's own main class serving what polyfn.configuration names: a configuration class, or a functional one. */
class PolyfnLocalApplicationTest {

    /** A functional registration, as the lean runtime also accepts. */
    public static class ReverseInitializer implements ApplicationContextInitializer<GenericApplicationContext> {
        @Override
        public void initialize(GenericApplicationContext context) {
            context.registerBean("reverse", java.util.function.Function.class,
                    () -> (java.util.function.Function<String, String>) s -> new StringBuilder(s).reverse().toString());
        }
    }

    @Nested
    @SpringBootTest(classes = PolyfnLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "polyfn.configuration=dev.polyfn.core.testkit.TestkitFunctions")
    class ConfigurationClass {

        @LocalServerPort
        int port;

        @Test
        void servesTheConfiguredFunctionsWithHealthAndOpenApi() throws Exception {
            assertThat(post(port, "/uppercase", "hello polyfn").body()).isEqualTo("HELLO POLYFN");
            assertThat(get(port, "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(port, "/v3/api-docs").body()).contains("\"/uppercase\"");
            assertThat(get(port, "/actuator/env").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    @SpringBootTest(classes = PolyfnLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "polyfn.configuration=dev.polyfn.local.PolyfnLocalApplicationTest$ReverseInitializer")
    class FunctionalRegistration {

        @LocalServerPort
        int port;

        @Test
        void servesFunctionsRegisteredByAnInitializer() throws Exception {
            HttpResponse<String> answer = post(port, "/reverse", "polyfn");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("nfylop");
        }
    }

    static HttpResponse<String> post(int port, String path, String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
