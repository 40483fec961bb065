package dev.polyfn.examples.orders.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * orders-app.jar started as its users start it, {@code java -jar orders-app.jar --server.port=N}, on a free port,
 * ready once its health endpoint answers; its output goes to {@code target/<logName>}.
 */
final class OrdersAppProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private OrdersAppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar (system property {@code orders.app.jar}, else orders-functions' build) and waits for it. */
    static OrdersAppProcess start(String logName, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("orders.app.jar", "../orders-functions/target/orders-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: orders-functions' package builds it");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port)
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        OrdersAppProcess app = new OrdersAppProcess(builder.start(), port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                if (app.http().get("/actuator/health").status() == 200) {
                    return app;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline) || !app.process.isAlive()) {
                app.close();
                throw new AssertionError("orders-app.jar did not start; its log:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    int port() {
        return port;
    }

    LocalHttp http() {
        return new LocalHttp(port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
