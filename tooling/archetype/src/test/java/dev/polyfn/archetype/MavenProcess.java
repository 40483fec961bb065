package dev.polyfn.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Maven of this build ({@code it.maven.home}) run as a user runs it, in a child process, with the tests' own
 * local repository and settings: the only remote repository is this build's local one (a file URL), so a generated
 * project builds without the network, against this reactor's artifacts (staged by invoker:install).
 */
final class MavenProcess {

    static final Path WORK = Path.of(System.getProperty("it.work", "target/it"));
    static final Path REPOSITORY = Path.of(System.getProperty("it.repository", "target/it-repository"));

    private MavenProcess() {
    }

    /** Runs {@code mvn -B <arguments>} in {@code directory} to its end; the log is {@code target/it/<log>.log}. */
    static void run(Path directory, String log, String... arguments) throws IOException, InterruptedException {
        run(Path.of(System.getProperty("it.maven.home"), "bin", "mvn"), directory, log, arguments);
    }

    /** As {@link #run(Path, String, String...)} with another Maven. */
    static void run(Path mvn, Path directory, String log, String... arguments) throws IOException, InterruptedException {
        Process maven = start(mvn, directory, log, arguments);
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in 10 minutes");
        }
        if (maven.exitValue() != 0) {
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed; its log:\n"
                    + Files.readString(WORK.resolve(log + ".log")));
        }
    }

    /** Starts {@code mvn -B <arguments>} in {@code directory}, its output into {@code target/it/<log>.log}. */
    static Process start(Path directory, String log, String... arguments) throws IOException {
        return start(Path.of(System.getProperty("it.maven.home"), "bin", "mvn"), directory, log, arguments);
    }

    /** As {@link #start(Path, String, String...)} with another Maven. */
    static Process start(Path mvn, Path directory, String log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(mvn.toString());
        command.add("-B");
        command.add("-s");
        command.add(settings().toString());
        command.add("-Dmaven.repo.local=" + REPOSITORY.toAbsolutePath());
        if (!List.of(arguments).contains("-o")) {
            command.add("-U"); // a failure to resolve from this build's repository is never remembered
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
            .redirectOutput(WORK.resolve(log + ".log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        return builder.start();
    }

    private static Path settings() throws IOException {
        Path settings = WORK.resolve("settings.xml");
        if (!Files.exists(settings)) {
            Files.createDirectories(WORK);
            String upstream = Path.of(System.getProperty("it.upstream.repository")).toUri().toString();
            Files.writeString(settings, """
                    <settings>
                      <mirrors>
                        <mirror>
                          <id>this-build</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%s</url>
                        </mirror>
                      </mirrors>
                    </settings>
                    """.formatted(upstream));
        }
        return settings;
    }
}
