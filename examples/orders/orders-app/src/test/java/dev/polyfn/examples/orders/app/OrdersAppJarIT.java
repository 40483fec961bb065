package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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
    private static Process app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("orders.app.jar", "../orders-functions/target/orders-app.jar"));
        assertThat(jar).as("built by orders-functions' package").isRegularFile();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("orders-app-jar.log");
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                jar.toString(), "--server.port=" + port).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                if (http().get("/actuator/health").status() == 200) {
                    return;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline) || !app.isAlive()) {
                throw new AssertionError("orders-app.jar did not start; its log:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
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
        return new LocalHttp(port);
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
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
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
