package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cloud Run / Knative image layout polyfn-maven-plugin writes with {@code polyfn.container=true}
 * ({@code target/container/gcp/}), run without Docker: its Dockerfile's ENTRYPOINT and CMD in the layout (plus
 * {@code --port}, where Cloud Run sets {@code PORT}), the image's {@code java} replaced by a local JDK 25
 * ({@code polyfn.aot.java} or {@code POLYFN_AOT_JAVA}; skipped without one), with {@code -XX:AOTMode=on} so the JVM
 * refuses to start unless the trained AOT cache is used.
 */
class CloudRunContainerImageIT {

    private static final Pattern INSTRUCTION = Pattern.compile("(?m)^(ENTRYPOINT|CMD) (\\[.*\\])$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path layout() {
        return Path.of(InvokerProcess.property("orders.gcp.jar")).resolveSibling("container").resolve("gcp");
    }

    private static List<String> command() throws Exception {
        List<String> entry = List.of();
        List<String> cmd = List.of();
        Matcher m = INSTRUCTION.matcher(Files.readString(layout().resolve("Dockerfile")));
        while (m.find()) {
            List<String> values = List.of(JSON.readValue(m.group(2), String[].class));
            if (m.group(1).equals("ENTRYPOINT")) {
                entry = values;
            }
            else {
                cmd = values;
            }
        }
        List<String> command = new ArrayList<>(entry);
        command.addAll(cmd);
        return command;
    }

    @Test
    void theLayoutPutsTheFunctionJarFirstAndNamesOnlyFilesItHolds() throws Exception {
        List<String> command = command();
        String classPath = command.get(command.indexOf("-cp") + 1);

        assertThat(command).startsWith("java", "-XX:AOTCache=app.aot")
            .contains("-Dslf4j.provider=dev.polyfn.core.logging.PolyfnServiceProvider")
            .endsWith("com.google.cloud.functions.invoker.runner.Invoker", "--target", InvokerProcess.HTTP_TARGET);
        assertThat(classPath.split(":")).startsWith("function/orders-gcp.jar")
            .allSatisfy(entry -> assertThat(layout().resolve(entry)).isRegularFile());
    }

    @Test
    void theImagesCommandLineServesTheFunctionWithItsAotCache() throws Exception {
        String java = System.getProperty("polyfn.aot.java", System.getenv("POLYFN_AOT_JAVA"));
        assumeThat(java).as("set POLYFN_AOT_JAVA (or -Dpolyfn.aot.java) to a JDK 25 java to run the image's command")
            .isNotBlank();
        assumeThat(layout().resolve("app.aot")).as("the layout's AOT cache (trained when POLYFN_AOT_JAVA is set)")
            .isRegularFile();
        List<String> command = command();
        command.set(0, java);

        try (InvokerProcess invoker = InvokerProcess.command(command, layout(), Map.of(
                "SPRING_CLOUD_FUNCTION_DEFINITION", "uppercase", "JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"),
                "container-uppercase").awaitListening(Duration.ofSeconds(60))) {
            GcpHttpClient.Answer answer = GcpHttpClient.post(invoker.port(), "/", "text/plain",
                    "hello polyfn".getBytes(StandardCharsets.UTF_8), Map.of());

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo("HELLO POLYFN");
            assertThat(Files.readString(invoker.log())).as("lines in Polyfn's Cloud Logging JSON, through its SLF4J backend")
                .contains("\"logger\":\"dev.polyfn.invocation\"").doesNotContain("JULServiceProvider");
        }
    }
}
