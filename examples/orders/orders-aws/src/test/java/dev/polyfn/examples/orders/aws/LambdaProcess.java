package dev.polyfn.examples.orders.aws;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * A child JVM running the real AWS Lambda runtime interface client ({@code AWSLambda} main class) with a handler,
 * against a {@link RuntimeApiEmulator}, set up the way Lambda's managed Java runtime starts it.
 *
 * <p>The client's JNI library is extracted once into this build's target directory and named with the system
 * property the client honours, so parallel JVMs never race on {@code /tmp/.libaws-lambda-jni.so}.
 * Example: {@code LambdaProcess.start("uppercase", emulator, ordersAwsJar())}.
 */
final class LambdaProcess implements AutoCloseable {

    static final String POLYFN_HANDLER = "dev.polyfn.aws.PolyfnHandler::handleRequest";
    private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final Process process;
    private final Path log;

    private LambdaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** orders-aws.jar + the runtime client's jars, as on Lambda. */
    static String ordersAwsClasspath() {
        return required("orders.aws.jar") + File.pathSeparator + required("ric.classpath");
    }

    static LambdaProcess start(String name, String handler, String classpath, String definition,
            RuntimeApiEmulator emulator) {
        return start(name, handler, classpath, definition, emulator, Map.of());
    }

    /** As above, with further environment variables of the function (e.g. AWS_LAMBDA_MAX_CONCURRENCY). */
    static LambdaProcess start(String name, String handler, String classpath, String definition,
            RuntimeApiEmulator emulator, Map<String, String> environment) {
        Path work = Path.of(required("e2e.work"));
        try {
            Path taskRoot = Files.createDirectories(work.resolve("task"));
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                    "-D" + JNI_PROPERTY + "=" + jniLibrary(work),
                    "-cp", classpath,
                    "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", handler));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", emulator.address());
            env.put("_HANDLER", handler);
            env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
            env.put("AWS_LAMBDA_FUNCTION_NAME", "orders-" + name);
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/orders-" + name);
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/23/[$LATEST]e2e");
            env.put("AWS_REGION", "eu-west-1");
            env.put("TZ", ":UTC");
            env.remove("_X_AMZN_TRACE_ID");
            if (definition != null) {
                env.put("SPRING_CLOUD_FUNCTION_DEFINITION", definition);
            }
            env.putAll(environment);
            return new LambdaProcess(builder.start(), log);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean waitForExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    String log() {
        try {
            return Files.readString(log);
        }
        catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The runtime client's JNI library for this machine, extracted once from its jar into {@code work}. */
    static synchronized Path jniLibrary(Path work) throws IOException {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).contains("aarch64") ? "aarch_64" : "x86_64";
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        String name = "libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + arch + ".so";
        Path target = work.resolve("jni").resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        for (String entry : required("ric.classpath").split(File.pathSeparator)) {
            if (!entry.contains("aws-lambda-java-runtime-interface-client")) {
                continue;
            }
            try (ZipFile jar = new ZipFile(entry); InputStream in = jar.getInputStream(jar.getEntry("jni/" + name))) {
                Path temporary = Files.createTempFile(target.getParent(), name, ".tmp");
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            }
        }
        throw new IllegalStateException("runtime interface client jar not on ric.classpath");
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run through Maven (verify)");
        }
        return value;
    }
}
