package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image layout of polyfn-maven-plugin ({@code polyfn.container=true}, {@code target/container/<target>/}),
 * run without Docker: the Dockerfile's {@code ENTRYPOINT} and {@code CMD} (exec form) in the layout as working
 * directory, the image's {@code java} replaced by a local JDK 25 of the same major version, harness flags right
 * after it. Example: {@code command(layout, java25, List.of("-XX:MaxRAM=512m"))} -> {@code [.../java, -XX:MaxRAM=512m,
 * -XX:AOTCache=app.aot, ..., com.amazonaws.services.lambda.runtime.api.client.AWSLambda,
 * dev.polyfn.aws.PolyfnHandler::handleRequest]}.
 */
final class ContainerLayout {

    private static final Pattern INSTRUCTION = Pattern.compile("(?m)^(ENTRYPOINT|CMD)\\s+(\\[.*\\])\\s*$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ContainerLayout() {
    }

    /** The layout folder of a case whose artifact is {@code <layout>/function/<jar>}. */
    static Path of(Path functionJar) {
        return functionJar.getParent().getParent();
    }

    static List<String> command(Path layout, Path java, List<String> harnessFlags) throws IOException {
        List<String> entry = List.of();
        List<String> cmd = List.of();
        Matcher m = INSTRUCTION.matcher(Files.readString(layout.resolve("Dockerfile")));
        while (m.find()) {
            List<String> values = strings(m.group(2));
            if (m.group(1).equals("ENTRYPOINT")) {
                entry = values;
            }
            else {
                cmd = values;
            }
        }
        if (entry.isEmpty() || !entry.get(0).equals("java")) {
            throw new IOException("no exec-form ENTRYPOINT starting with java in " + layout.resolve("Dockerfile"));
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(harnessFlags);
        command.addAll(entry.subList(1, entry.size()));
        command.addAll(cmd);
        return command;
    }

    private static List<String> strings(String array) {
        List<String> values = new ArrayList<>();
        Matcher s = STRING.matcher(array);
        while (s.find()) {
            values.add(JsonStrings.decode("\"" + s.group(1) + "\""));
        }
        return values;
    }
}
