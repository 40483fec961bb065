package dev.polyfn.maven.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout's files, and the one class path its training run and its image's command line share. */
class ContainerLayoutWriterTest {

    @TempDir
    Path dir;

    private File jar(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "jar").toFile();
    }

    @Test
    void theLambdaImageRunsTheRuntimeClientWithTheTrainedClassPath() throws Exception {
        Path layout = dir.resolve("aws");
        List<String> training = new ContainerLayoutWriter(ContainerPlatform.AWS).write(layout, jar("orders-aws.jar"),
                List.of(jar("aws-lambda-java-runtime-interface-client-2.9.0.jar"), jar("aws-lambda-java-core-1.4.0.jar")),
                List.of("uppercase", "createOrder"));
        String cp = "runtime/aws-lambda-java-runtime-interface-client-2.9.0.jar:runtime/aws-lambda-java-core-1.4.0.jar:"
                + "function/orders-aws.jar";

        assertThat(training).containsSubsequence("java", "-XX:AOTCacheOutput=app.aot", "-cp", cp,
                "dev.polyfn.core.AotTraining", "dev.polyfn.aws.PolyfnHandler", "aws", "uppercase", "createOrder");
        assertThat(Files.readString(layout.resolve("Dockerfile")))
            .contains("FROM ${JAVA_IMAGE}", "WORKDIR /function", "RUN sh train.sh")
            .contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=app.aot\", \"-XX:+UseSerialGC\", \"-XX:TieredStopAtLevel=1\", "
                    + "\"--enable-native-access=ALL-UNNAMED\", \"-cp\", \"" + cp + "\", "
                    + "\"com.amazonaws.services.lambda.runtime.api.client.AWSLambda\"]")
            .contains("CMD [\"dev.polyfn.aws.PolyfnHandler::handleRequest\"]");
        assertThat(Files.readString(layout.resolve("train.sh"))).contains("\"${JAVA:-java}\" "
                + String.join(" ", training.subList(1, training.size())));
        assertThat(layout.resolve("function/orders-aws.jar")).isRegularFile();
        assertThat(layout.resolve("runtime/aws-lambda-java-core-1.4.0.jar")).isRegularFile();
    }

    @Test
    void theCloudRunImagePutsTheFunctionJarFirst() throws Exception {
        Path layout = dir.resolve("gcp");
        new ContainerLayoutWriter(ContainerPlatform.GCP).write(layout, jar("orders-gcp.jar"),
                List.of(jar("java-function-invoker-2.0.0.jar")), List.of("uppercase"));

        assertThat(Files.readString(layout.resolve("Dockerfile")))
            .contains("\"-cp\", \"function/orders-gcp.jar:runtime/java-function-invoker-2.0.0.jar\", "
                    + "\"com.google.cloud.functions.invoker.runner.Invoker\"]")
            .contains("CMD [\"--target\", \"dev.polyfn.gcp.PolyfnHttpFunction\"]");
    }

    @Test
    void theRuntimeVersionsAreTheOnesTheBuildTests() throws Exception {
        String pom = Files.readString(Path.of("../../pom.xml"));

        assertThat(pom).contains("<aws-lambda-java-ric.version>" + ContainerPlatform.RIC_VERSION + "<")
            .contains("<java-function-invoker.version>" + ContainerPlatform.INVOKER_VERSION + "<");
    }
}
