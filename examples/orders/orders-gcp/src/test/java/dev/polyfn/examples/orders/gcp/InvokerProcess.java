package dev.polyfn.examples.orders.gcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One java-function-invoker 2.0.0 child process serving a jar on a free port:
 * {@code java -jar java-function-invoker-2.0.0.jar --classpath <jar> --target <class> --port N}, with the given
 * environment (e.g. {@code SPRING_CLOUD_FUNCTION_DEFINITION}). Its output goes to a log file under
 * {@code target/invoker-logs}. {@link #close()} stops it; a shutdown hook stops it even when a test run is aborted.
 */
final class InvokerProcess implements AutoCloseable {

    static final String HTTP_TARGET = "dev.polyfn.gcp.PolyfnHttpFunction";
    static final String CLOUD_EVENT_TARGET = "dev.polyfn.gcp.PolyfnCloudEventFunction";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread stopOnExit;

    private InvokerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-invoker-" + port);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts the invoker serving the orders-gcp.jar function {@code definition} behind {@code target}. */
    static InvokerProcess ordersGcp(String target, String definition) throws IOException {
        return start(property("orders.gcp.jar"), target, Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", definition),
                definition + "-" + target.substring(target.lastIndexOf('.') + 1));
    }

    /**
     * Starts the invoker serving one of the testkit's functions: orders-gcp.jar plus the testkit jar on its class
     * path (as a user's own jar would be), {@code POLYFN_CONFIGURATION} naming {@code configuration}.
     */
    static InvokerProcess withTestkit(String target, String configuration, String definition,
            Map<String, String> environment, String name) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("POLYFN_CONFIGURATION", configuration);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", definition);
        return start(property("orders.gcp.jar") + java.io.File.pathSeparator + property("faults.classpath"), target,
                env, name);
    }

    static InvokerProcess start(String jar, String target, Map<String, String> environment, String name)
            throws IOException {
        return start(jar, target, environment, name, List.of());
    }

    /** As above, with extra JVM options for the invoker (e.g. {@code -XX:TieredStopAtLevel=1}). */
    static InvokerProcess start(String jar, String target, Map<String, String> environment, String name,
            List<String> jvmOptions) throws IOException {
        int port = freePort();
        Path logs = Path.of(property("invoker.logs"));
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + port + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", property("invoker.jar"), "--classpath", jar, "--target", target,
                "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new InvokerProcess(builder.start(), port, log);
    }

    /**
     * Runs a given command line (a container image's, with {@code --port} appended) in {@code directory}, on a free
     * port, with the given environment.
     */
    static InvokerProcess command(List<String> command, Path directory, Map<String, String> environment, String name)
            throws IOException {
        int port = freePort();
        Path logs = Files.createDirectories(Path.of(property("invoker.logs")));
        Path log = logs.resolve(name + "-" + port + ".log");
        List<String> line = new java.util.ArrayList<>(command);
        line.addAll(List.of("--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new InvokerProcess(builder.start(), port, log);
    }

    /** Waits until the invoker accepts connections (the function class is instantiated before it listens). */
    InvokerProcess awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("invoker exited with " + process.exitValue() + ":\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return this;
            }
            catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("invoker did not listen on " + port + " within " + timeout + ":\n" + logTail());
    }

    int port() {
        return port;
    }

    /** The file the invoker's output goes to. */
    Path log() {
        return log;
    }

    /** Resident memory of the process in KiB (Linux), or -1 when unknown. */
    long residentKib() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElse(-1);
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Waits until the process exits; false when it still runs after {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests with Maven (failsafe)");
        }
        return value;
    }
}
