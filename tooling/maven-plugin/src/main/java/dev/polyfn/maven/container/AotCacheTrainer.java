package dev.polyfn.maven.container;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a layout's training command with a given JDK 25 {@code java}, in the layout, so the layout carries an
 * {@code app.aot} for that JDK build (for local runs and tests; the image build trains its own). Output goes to
 * {@code train.log} beside it.
 */
public final class AotCacheTrainer {

    private AotCacheTrainer() {
    }

    /** @return the cache written; throws when the run fails or writes none */
    public static Path train(File java, Path layout, List<String> command) throws IOException {
        List<String> line = new ArrayList<>(command);
        line.set(0, java.getAbsolutePath());
        Path cache = layout.resolve(ContainerLayoutWriter.CACHE);
        Files.deleteIfExists(cache);
        Path log = layout.resolve("train.log");
        ProcessBuilder builder = new ProcessBuilder(line).directory(layout.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("the AOT training run did not finish within 5 minutes (see " + log + ")");
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while training the AOT cache", e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IOException("the AOT training run exited with " + process.exitValue() + " and wrote "
                    + (Files.isRegularFile(cache) ? "" : "no ") + cache.getFileName() + " (see " + log + ")");
        }
        return cache;
    }
}
