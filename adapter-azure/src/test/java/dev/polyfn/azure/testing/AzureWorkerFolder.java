package dev.polyfn.azure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the real Java worker is, and the worker folder laid out as the Functions host lays out
 * {@code workers/java/}: worker.config.json, the worker jar under its {@code defaultWorkerPath}, annotationLib/.
 */
final class AzureWorkerFolder {

    /** System property naming the worker folder (the one holding worker.config.json and the worker jar). */
    static final String PROPERTY = "azure.worker.dir";
    /** Environment variable naming the worker folder, used when the system property is not set. */
    static final String ENV = "POLYFN_AZURE_WORKER_DIR";

    private AzureWorkerFolder() {
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

}
