package dev.polyfn.azure.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Azure Functions Java worker, started the way the Functions host starts a language worker: from a worker
 * folder laid out like the host's {@code workers/java/} (worker.config.json, the worker jar under its
 * {@code defaultWorkerPath}, annotationLib/), with the command line of worker.config.json, the host's environment
 * plus the app settings, and the app folder as working directory. Its stdout and stderr are captured.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script/Workers/ProcessManagement/DefaultWorkerProcessFactory.cs}
 * (argument expansion, unset {@code %VAR%} removed), {@code src/WebJobs.Script/Workers/Rpc/RpcWorkerProcess.cs}
 * (FUNCTIONS_WORKER_DIRECTORY, FUNCTIONS_APPLICATION_DIRECTORY) and {@code src/WebJobs.Script/Workers/Rpc/RpcWorkerContext.cs}
 * (the {@code --host --port --workerId --requestId --grpcMaxMessageLength} arguments and their {@code functions-} twins).
 */
final class AzureWorkerProcess implements AutoCloseable {

    /** System property naming the worker folder (the one holding worker.config.json and the worker jar). */
    static final String PROPERTY = "azure.worker.dir";
    /** Environment variable naming the worker folder, used when the system property is not set. */
    static final String ENV = "POLYFN_AZURE_WORKER_DIR";

    private static final Pattern VARIABLE = Pattern.compile("%(.+?)%");
    private static final int MAX_MESSAGE_LENGTH = Integer.MAX_VALUE;

    private final Process process;
    private final long startNanos;
    private final Path workerFolder;
    private final StringBuffer output = new StringBuffer();

    private AzureWorkerProcess(Process process, long startNanos, Path workerFolder) {
        this.process = process;
        this.startNanos = startNanos;
        this.workerFolder = workerFolder;
        capture(process.getInputStream());
        capture(process.getErrorStream());
    }

    /**
     * The folder holding the worker: system property {@value #PROPERTY}, else environment variable {@value #ENV},
     * else {@code ../shared/tools/azure-functions-java-worker} beside the repository root. Skips the calling test
     * (a JUnit assumption) when it is absent.
     */
    static Path requireWorkerDirectory() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : repositoryRoot().resolveSibling("shared").resolve("tools").resolve("azure-functions-java-worker");
        Assumptions.assumeTrue(Files.isRegularFile(directory.resolve("worker.config.json")),
                "No Azure Functions Java worker at " + directory.toAbsolutePath() + ": set the system property "
                        + PROPERTY + " or the environment variable " + ENV + " to its folder");
        return directory.toAbsolutePath().normalize();
    }

    /** The worker folder as the host lays it out, built from the shared worker folder (links, no copies). */
    static Path hostWorkerFolder(Path workerDirectory) {
        try {
            JsonNode description = JsonMapper.shared().readTree(workerDirectory.resolve("worker.config.json").toFile())
                .path("description");
            String workerPath = description.path("defaultWorkerPath").asString("azure-functions-java-worker.jar");
            Path folder = Files.createTempDirectory("polyfn-azure-worker-");
            Files.createSymbolicLink(folder.resolve("worker.config.json"), workerDirectory.resolve("worker.config.json"));
            Files.createSymbolicLink(folder.resolve("annotationLib"), workerDirectory.resolve("annotationLib"));
            Files.createSymbolicLink(folder.resolve(workerPath), workerJar(workerDirectory, workerPath));
            return folder;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the worker for the app in {@code appDirectory}, connecting to the host's gRPC server on {@code port}.
     *
     * @param hostEnvironment the host process's environment (the worker inherits it; app settings are part of it)
     */
    static AzureWorkerProcess start(Path workerFolder, Path appDirectory, int port, String workerId,
            Map<String, String> hostEnvironment) {
        try {
            JsonNode description = JsonMapper.shared().readTree(workerFolder.resolve("worker.config.json").toFile())
                .path("description");
            Map<String, String> environment = new HashMap<>(hostEnvironment);
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            Map<String, String> workerContext = Map.of("FUNCTIONS_WORKER_DIRECTORY", workerFolder.toString(),
                    "FUNCTIONS_APPLICATION_DIRECTORY", appDirectory.toString());
            environment.putAll(workerContext);

            StringBuilder arguments = new StringBuilder();
            description.path("arguments").forEach(argument -> arguments.append(' ').append(expand(argument.asString(), environment)));
            arguments.append(" \"").append(workerFolder.resolve(description.path("defaultWorkerPath").asString())).append('"');
            String uri = "http://127.0.0.1:" + port + "/";
            arguments.append(" --host 127.0.0.1 --port ").append(port).append(" --workerId ").append(workerId)
                .append(" --requestId ").append(UUID.randomUUID()).append(" --grpcMaxMessageLength ").append(MAX_MESSAGE_LENGTH)
                .append(" --functions-uri ").append(uri).append(" --functions-worker-id ").append(workerId)
                .append(" --functions-request-id ").append(UUID.randomUUID())
                .append(" --functions-grpc-max-message-length ").append(MAX_MESSAGE_LENGTH);
            String executable = expand(description.path("defaultExecutablePath").asString("java"), environment);

            List<String> command = new ArrayList<>();
            command.add(VARIABLE.matcher(executable).replaceAll(""));
            command.addAll(split(VARIABLE.matcher(arguments.toString()).replaceAll("")));
            ProcessBuilder builder = new ProcessBuilder(command).directory(appDirectory.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new AzureWorkerProcess(builder.start(), started, workerFolder);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the worker wrote to stdout and stderr so far. */
    String output() {
        return output.toString();
    }

    /** {@link System#nanoTime()} just before the process was started. */
    long startNanos() {
        return startNanos;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> links = Files.list(workerFolder)) {
            for (Path link : links.toList()) {
                Files.deleteIfExists(link);
            }
            Files.deleteIfExists(workerFolder);
        }
        catch (IOException e) {
            // a temporary folder of links: nothing to keep
        }
    }

    /** {@code %NAME%} replaced from the environment, as Environment.ExpandEnvironmentVariables does. */
    private static String expand(String value, Map<String, String> environment) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String replacement = environment.get(matcher.group(1));
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement != null ? replacement : matcher.group()));
        }
        return matcher.appendTail(expanded).toString();
    }

    /** The argument string split as .NET's Process does on Linux: on white space, double quotes grouping. */
    private static List<String> split(String arguments) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : arguments.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            }
            else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    parts.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            }
            else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static Path workerJar(Path workerDirectory, String workerPath) throws IOException {
        if (Files.isRegularFile(workerDirectory.resolve(workerPath))) {
            return workerDirectory.resolve(workerPath);
        }
        try (Stream<Path> files = Files.list(workerDirectory)) {
            return files.filter(f -> f.getFileName().toString().matches("azure-functions-java-worker.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No azure-functions-java-worker jar in " + workerDirectory));
        }
    }

    /** The repository root: the nearest folder up from the working directory holding the Maven wrapper's .mvn. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve(".mvn")) && Files.isRegularFile(candidate.resolve("mvnw"))) {
                return candidate;
            }
        }
        return dir;
    }

    private void capture(InputStream stream) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                }
            }
            catch (IOException e) {
                output.append("[output closed: ").append(e.getMessage()).append("]\n");
            }
        }, "azure-worker-output");
        reader.setDaemon(true);
        reader.start();
    }
}
