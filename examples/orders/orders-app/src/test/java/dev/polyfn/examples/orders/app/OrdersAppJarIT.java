package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Map;

import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** orders-app.jar as the contract runs it: {@code java -jar orders-app.jar --server.port=N}. */
class OrdersAppJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static OrdersAppProcess app;

    @BeforeAll
    static void start() throws Exception {
        app = OrdersAppProcess.start("orders-app-jar.log", Map.of());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void servesTheFunctionsHealthAndOpenApi() throws IOException {
        Observed upper = http().send(http().post("/uppercase").header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("hello polyfn")).build());
        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.bodyText()).isEqualTo("HELLO POLYFN");

        Observed order = http().send(http().post("/createOrder").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Scenarios.VALID_ORDER)).build());
        assertThat(order.status()).isEqualTo(200);
        assertThat(JSON.readTree(order.body()).path("total").decimalValue()).isEqualByComparingTo("26.25");

        assertThat(JSON.readTree(http().get("/actuator/health").body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
        JsonNode api = JSON.readTree(http().get("/v3/api-docs").body());
        for (String path : new String[] { "/uppercase", "/createOrder", "/processPayment", "/indexUpload" }) {
            assertThat(api.path("paths").path(path).has("post")).as(path).isTrue();
        }
    }

    private static LocalHttp http() {
        return app.http();
    }

    /** The four answers that once differed from the clouds' (docs/conformance.md), from the jar itself. */
    @Test
    void answersAsEveryCloudDoes() throws IOException {
        Observed get = http().get("/createOrder");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.contentType()).startsWith("application/problem+json");
        Observed put = http().send(http().post("/createOrder").header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(Scenarios.VALID_ORDER)).build());
        assertThat(put.status()).isEqualTo(405);

        HttpRequest.Builder many = http().post("/uppercase").header("Content-Type", "text/plain");
        for (int i = 0; i < 200; i++) {
            many.header("x-noise-" + i, "v");
        }
        assertThat(http().send(many.POST(HttpRequest.BodyPublishers.ofString("abc")).build()).status()).isEqualTo(431);

        // java.net.URI refuses %zz, so this request goes over a plain socket
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            byte[] body = Scenarios.VALID_ORDER.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            socket.getOutputStream().write(("POST /createOrder?x=%zz&y=%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\":\"ACCEPTED\"");
        }
    }
}
