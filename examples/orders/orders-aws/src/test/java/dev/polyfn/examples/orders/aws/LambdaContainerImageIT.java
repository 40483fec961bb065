package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Lambda container image layout polyfn-maven-plugin writes with {@code polyfn.container=true}
 * ({@code target/container/aws/}), run without Docker: its Dockerfile's ENTRYPOINT and CMD in the layout, the image's
 * {@code java} replaced by a local JDK 25 (system property {@code polyfn.aot.java} or environment variable
 * {@code POLYFN_AOT_JAVA}; the run is skipped without one), with {@code -XX:AOTMode=on} so the JVM refuses to start
 * unless the trained AOT cache is used, against the Runtime API emulator.
 */
class LambdaContainerImageIT {

    private static final Pattern INSTRUCTION = Pattern.compile("(?m)^(ENTRYPOINT|CMD) (\\[.*\\])$");
    private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private static Path layout() {
        return Path.of(LambdaProcess.required("orders.aws.jar")).resolveSibling("container").resolve("aws");
    }

    /** ENTRYPOINT followed by CMD, as Docker runs an exec-form image. */
    static List<String> command(Path layout) throws Exception {
        List<String> entry = List.of();
        List<String> cmd = List.of();
        Matcher m = INSTRUCTION.matcher(Files.readString(layout.resolve("Dockerfile")));
        while (m.find()) {
            List<String> values = List.of(DeployedLambda.JSON.readValue(m.group(2), String[].class));
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
    void theLayoutHoldsEveryJarItsCommandLineNames() throws Exception {
        List<String> command = command(layout());
        String classPath = command.get(command.indexOf("-cp") + 1);

        assertThat(command).startsWith("java", "-XX:AOTCache=app.aot")
            .endsWith("com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                    LambdaProcess.POLYFN_HANDLER);
        assertThat(classPath.split(":")).contains("function/orders-aws.jar")
            .allSatisfy(entry -> assertThat(layout().resolve(entry)).isRegularFile());
        assertThat(Files.readString(layout().resolve("train.sh")))
            .contains("-XX:AOTCacheOutput=app.aot", "-cp " + classPath, "dev.polyfn.core.AotTraining",
                    "dev.polyfn.aws.PolyfnHandler aws", "uppercase", "createOrder");
    }

    @Test
    void theDocsQuoteTheGeneratedDockerfile() throws Exception {
        String docs = Files.readString(Path.of("../../../docs/containers.md"));
        Matcher block = Pattern.compile("```dockerfile\\n([^`]*)```").matcher(docs);

        assertThat(block.find()).isTrue();
        assertThat(Files.readString(layout().resolve("Dockerfile"))).endsWith(block.group(1));
    }

    @Test
    void theImagesCommandLineStartsWithItsAotCacheAndAnswers() throws Exception {
        String java = System.getProperty("polyfn.aot.java", System.getenv("POLYFN_AOT_JAVA"));
        assumeThat(java).as("set POLYFN_AOT_JAVA (or -Dpolyfn.aot.java) to a JDK 25 java to run the image's command")
            .isNotBlank();
        assumeThat(layout().resolve("app.aot")).as("the layout's AOT cache (trained when POLYFN_AOT_JAVA is set)")
            .isRegularFile();
        List<String> command = command(layout());
        command.set(0, java);

        try (RuntimeApiEmulator emulator = new RuntimeApiEmulator()) {
            Path work = Files.createDirectories(Path.of(LambdaProcess.required("e2e.work")));
            ProcessBuilder builder = new ProcessBuilder(command).directory(layout().toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("container-image.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", emulator.address());
            env.put("SPRING_CLOUD_FUNCTION_DEFINITION", "uppercase");
            env.put("AWS_LAMBDA_FUNCTION_NAME", "orders-uppercase-image");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -D" + JNI_PROPERTY + "=" + LambdaProcess.jniLibrary(
                    Path.of(LambdaProcess.required("e2e.work"))));
            Process process = builder.start();
            try {
                RuntimeApiEmulator.Answer answer = emulator.invoke(DeployedLambda.fixture("apigw-v1-uppercase.json"))
                    .get(60, TimeUnit.SECONDS);
                JsonNode out = DeployedLambda.json(answer);

                assertThat(out.path("statusCode").asInt()).isEqualTo(200);
                assertThat(out.path("body").asString()).isEqualTo("HELLO POLYFN");
            }
            finally {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
