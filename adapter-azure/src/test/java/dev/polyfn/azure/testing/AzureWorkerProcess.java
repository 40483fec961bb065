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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Azure Functions Java worker, started the way the Functions host starts a language worker: from a worker
 * folder laid out like the host's ({@link AzureWorkerFolder}), with the command line of worker.config.json, the host's environment
 * plus the app settings, and the app folder as working directory. Its stdout and stderr are captured.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script/Workers/ProcessManagement/DefaultWorkerProcessFactory.cs}
 * (argument expansion, unset {@code %VAR%} removed), {@code src/WebJobs.Script/Workers/Rpc/RpcWorkerProcess.cs}
 * (FUNCTIONS_WORKER_DIRECTORY, FUNCTIONS_APPLICATION_DIRECTORY) and {@code src/WebJobs.Script/Workers/Rpc/RpcWorkerContext.cs}
 * (the {@code --host --port --workerId --requestId --grpcMaxMessageLength} arguments and their {@code functions-} twins).
 */
final class AzureWorkerProcess implements AutoCloseable {

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
