package dev.polyfn.maven.container;

import java.util.List;

/**
 * What each container image runs: the platform's own runtime (the Lambda runtime interface client, or the Cloud
 * Functions invoker that Cloud Run functions run), its main class and arguments, the JVM flags, and the entry point
 * the AOT training builds. The runtime versions are those the end-to-end tests and the benchmark harness run
 * (the root pom's {@code aws-lambda-java-ric.version} and {@code java-function-invoker.version}).
 *
 * @param target      the plugin's target name, {@code aws} or {@code gcp}
 * @param groupId     the runtime artifact
 * @param artifactId  the runtime artifact
 * @param version     the runtime artifact's version
 * @param transitive  whether its own dependencies belong on the class path (the invoker is one shaded jar)
 * @param mainClass   the JVM's main class
 * @param arguments   the image's default arguments ({@code CMD})
 * @param jvmFlags    flags of both the training run and the image
 * @param entryPoint  Polyfn's entry point class, built on each function's runtime during training
 * @param jarFirst    the function jar before the runtime's on the class path, so a library both carry is the
 *                    function's version (the invoker jar bundles an older jackson-annotations than Jackson 3 needs)
 */
public record ContainerPlatform(String target, String groupId, String artifactId, String version, boolean transitive,
        String mainClass, List<String> arguments, List<String> jvmFlags, String entryPoint, boolean jarFirst) {

    public static final String RIC_VERSION = "2.9.0";
    public static final String INVOKER_VERSION = "2.0.0";

    /**
     * Lambda: the runtime interface client as the managed Java runtime starts it (Serial GC, C1 only: its flags for
     * a fast start), the handler as the image's argument.
     */
    public static final ContainerPlatform AWS = new ContainerPlatform("aws", "com.amazonaws",
            "aws-lambda-java-runtime-interface-client", RIC_VERSION, true,
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            List.of("dev.polyfn.aws.PolyfnHandler::handleRequest"),
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED"),
            "dev.polyfn.aws.PolyfnHandler", false);

    /**
     * Cloud Run and Knative: the Functions Framework invoker serving {@code $PORT}, the function jar first on the
     * same class path (not {@code --classpath}, whose class loader the AOT cache does not cover), SLF4J bound to
     * Polyfn's backend (the invoker jar carries a second provider). {@code CMD} names the HTTP entry point; CloudEvents
     * functions use {@code --target dev.polyfn.gcp.PolyfnCloudEventFunction}.
     */
    public static final ContainerPlatform GCP = new ContainerPlatform("gcp", "com.google.cloud.functions.invoker",
            "java-function-invoker", INVOKER_VERSION, false, "com.google.cloud.functions.invoker.runner.Invoker",
            List.of("--target", "dev.polyfn.gcp.PolyfnHttpFunction"),
            List.of("-Dslf4j.provider=dev.polyfn.core.logging.PolyfnServiceProvider"), "dev.polyfn.gcp.PolyfnHttpFunction",
            true);
}
