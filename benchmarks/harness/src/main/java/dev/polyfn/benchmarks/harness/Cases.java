package dev.polyfn.benchmarks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.benchmarks.harness.AwsCase.Lever;

/** The cases of each family, with where their artifacts are built. Add a case here to benchmark it. */
final class Cases {

    static final String POLYFN_AWS_HANDLER = "dev.polyfn.aws.PolyfnHandler::handleRequest";
    static final String PLAIN_AWS_HANDLER = "dev.polyfn.benchmarks.plain.PlainUppercaseHandler::handleRequest";
    static final String SCF_AWS_HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    static final Map<String, String> UPPERCASE = Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "uppercase");

    private Cases() {
    }

    static List<AwsCase> aws(Path root, Path java17, Path java25, boolean noLevers) {
        Path polyfn = root.resolve("examples/orders/orders-functions/target/orders-aws.jar");
        Path plain = root.resolve("benchmarks/aws-plain/target/aws-plain.jar");
        List<AwsCase> cases = new ArrayList<>(List.of(
                new AwsCase("polyfn", "Polyfn orders-aws.jar (uppercase)", Lever.NONE, polyfn, POLYFN_AWS_HANDLER,
                        UPPERCASE, java17),
                new AwsCase("plain", "plain Java RequestHandler", Lever.NONE, plain, PLAIN_AWS_HANDLER, Map.of(),
                        java17),
                new AwsCase("scf5", "stock SCF 5.0.1 / Boot 4.0.7", Lever.NONE,
                        root.resolve("benchmarks/aws-scf5/target/aws-scf5.jar"), SCF_AWS_HANDLER,
                        Map.of("MAIN_CLASS", "dev.polyfn.benchmarks.scf5.UppercaseApplication"), java17),
                new AwsCase("scf4", "stock SCF 4.3 / Boot 3.5.16", Lever.NONE,
                        root.resolve("benchmarks/aws-scf4/target/aws-scf4.jar"), SCF_AWS_HANDLER,
                        Map.of("MAIN_CLASS", "dev.polyfn.benchmarks.scf4.UppercaseApplication"), java17),
                new AwsCase("quarkus", "Quarkus 3.34.1 amazon-lambda-rest (JVM)", Lever.NONE,
                        root.resolve("benchmarks/aws-quarkus/target/function.zip"),
                        "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest", Map.of(), java17),
                new AwsCase("micronaut", "Micronaut 4.10.11 function-aws-api-proxy (JVM)", Lever.NONE,
                        root.resolve("benchmarks/aws-micronaut/target/aws-micronaut.jar"),
                        "io.micronaut.function.aws.proxy.payload1.ApiGatewayProxyRequestEventFunction::handleRequest",
                        Map.of(), java17)));
        if (!noLevers) {
            cases.add(new AwsCase("polyfn-libjar", "Polyfn, jar under lib/ of the zip (no archive)", Lever.LIB_JAR,
                    polyfn, POLYFN_AWS_HANDLER, UPPERCASE, java17));
            cases.add(new AwsCase("polyfn-cds", "Polyfn + AppCDS archive (JDK 17)", Lever.APPCDS, polyfn,
                    POLYFN_AWS_HANDLER, UPPERCASE, java17));
            cases.add(new AwsCase("plain-cds", "plain Java + AppCDS archive (JDK 17)", Lever.APPCDS, plain,
                    PLAIN_AWS_HANDLER, Map.of(), java17));
            cases.add(new AwsCase("polyfn-jdk25", "Polyfn on JDK 25, no cache", Lever.NONE, polyfn, POLYFN_AWS_HANDLER,
                    UPPERCASE, java25));
            cases.add(new AwsCase("plain-jdk25", "plain Java on JDK 25, no cache", Lever.NONE, plain,
                    PLAIN_AWS_HANDLER, Map.of(), java25));
            cases.add(new AwsCase("polyfn-aot25", "Polyfn + JDK 25 AOT cache", Lever.AOT_CACHE, polyfn,
                    POLYFN_AWS_HANDLER, UPPERCASE, java25));
            cases.add(new AwsCase("plain-aot25", "plain Java + JDK 25 AOT cache", Lever.AOT_CACHE, plain,
                    PLAIN_AWS_HANDLER, Map.of(), java25));
            cases.add(new AwsCase("polyfn-aot25-image", "Polyfn + JDK 25 AOT cache, jar on the class path (image)",
                    Lever.AOT_CACHE, polyfn, POLYFN_AWS_HANDLER, UPPERCASE, java25, true));
            cases.add(new AwsCase("plain-aot25-image", "plain Java + JDK 25 AOT cache, jar on the class path (image)",
                    Lever.AOT_CACHE, plain, PLAIN_AWS_HANDLER, Map.of(), java25, true));
            cases.add(new AwsCase("polyfn-container", "Polyfn container layout (polyfn.container=true, JDK 25 AOT cache)",
                    Lever.CONTAINER, root.resolve("examples/orders/orders-functions/target/container/aws/function/"
                            + "orders-aws.jar"), POLYFN_AWS_HANDLER, UPPERCASE, java25));
        }
        return cases;
    }

    /**
     * {@code name:K=V,K=V}: a copy of the Polyfn case, {@code polyfn-<name>}, with those environment variables;
     * several variants separated by {@code ;}.
     */
    static List<AwsCase> withVariant(List<AwsCase> cases, String variants) {
        if (variants == null) {
            return cases;
        }
        List<AwsCase> out = cases;
        for (String variant : variants.split(";")) {
            out = withOneVariant(out, variant);
        }
        return out;
    }

    /** The same variants for the GCP family: copies of {@code polyfn-gcp}, {@code polyfn-gcp-<name>}. */
    static List<HttpCase> withGcpVariant(List<HttpCase> cases, String variants) {
        if (variants == null) {
            return cases;
        }
        List<HttpCase> out = new ArrayList<>(cases);
        for (String variant : variants.split(";")) {
            String[] parts = variant.split(":", 2);
            Map<String, String> env = new java.util.LinkedHashMap<>(UPPERCASE);
            for (String pair : parts[1].split(",")) {
                String[] kv = pair.split("=", 2);
                env.put(kv[0], kv[1]);
            }
            cases.stream().filter(c -> c.id().equals("polyfn-gcp")).findFirst().ifPresent(c -> out.add(new HttpCase(
                    "polyfn-gcp-" + parts[0], c.label() + " [" + parts[1] + "]", c.artifact(), c.command(),
                    Map.copyOf(env), c.path(), c.directory())));
        }
        return out;
    }

    private static List<AwsCase> withOneVariant(List<AwsCase> cases, String variant) {
        String[] parts = variant.split(":", 2);
        Map<String, String> env = new java.util.LinkedHashMap<>(UPPERCASE);
        for (String pair : parts[1].split(",")) {
            String[] kv = pair.split("=", 2);
            env.put(kv[0], kv[1]);
        }
        List<AwsCase> out = new ArrayList<>(cases);
        cases.stream().filter(c -> c.id().equals("polyfn")).findFirst().ifPresent(c -> out.add(new AwsCase(
                "polyfn-" + parts[0], c.label() + " [" + parts[1] + "]", c.lever(), c.artifact(), c.handler(),
                Map.copyOf(env), c.java(), c.classPath())));
        return out;
    }

    static List<HttpCase> gcp(Path root, Path java, Path invoker) {
        return gcp(root, java, invoker, null);
    }

    /** With {@code java25}: also the plugin's GCP container layout (Cloud Run, Knative), run by its Dockerfile's command. */
    static List<HttpCase> gcp(Path root, Path java, Path invoker, Path java25) {
        List<HttpCase> cases = new ArrayList<>(List.of(
                gcpCase("polyfn-gcp", "Polyfn orders-gcp.jar (uppercase)",
                        root.resolve("examples/orders/orders-functions/target/orders-gcp.jar"), "dev.polyfn.gcp.PolyfnHttpFunction",
                        UPPERCASE, java, invoker),
                gcpCase("plain-gcp", "plain HttpFunction", root.resolve("benchmarks/gcp-plain/target/gcp-plain.jar"),
                        "dev.polyfn.benchmarks.gcp.PlainUppercaseFunction", Map.of(), java, invoker)));
        if (java25 != null) {
            Path layout = root.resolve("examples/orders/orders-functions/target/container/gcp");
            cases.add(new HttpCase("polyfn-gcp-container", "Polyfn container layout (polyfn.container=true, JDK 25 AOT"
                    + " cache)", layout.resolve("function/orders-gcp.jar"), port -> {
                        try {
                            List<String> command = new ArrayList<>(ContainerLayout.command(layout, java25, List.of()));
                            command.addAll(List.of("--port", Integer.toString(port)));
                            return command;
                        }
                        catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, UPPERCASE, "/", layout));
        }
        return cases;
    }

    private static HttpCase gcpCase(String id, String label, Path jar, String target, Map<String, String> env, Path java,
            Path invoker) {
        return new HttpCase(id, label, jar, port -> List.of(java.toString(), "-jar", invoker.toString(), "--classpath",
                jar.toString(), "--target", target, "--port", Integer.toString(port)), env, "/");
    }

    /**
     * The orders staging folder (eight functions; uppercase answers) against one hand-written {@code @FunctionName}
     * method, both under the real Java worker with the JVM flags of its worker.config.json and no JAVA_OPTS.
     */
    static List<AzureBench.AzureCase> azure(Path root) {
        return List.of(
                new AzureBench.AzureCase("polyfn-azure", "Polyfn orders staging folder (uppercase)",
                        root.resolve("examples/orders/orders-functions/target/azure-functions/orders"), Map.of()),
                new AzureBench.AzureCase("plain-azure", "plain @FunctionName method",
                        root.resolve("benchmarks/azure-plain/target/azure-functions/azure-plain"), Map.of()));
    }

    static List<HttpCase> web(Path root, Path java) {
        Path polyfn = root.resolve("examples/orders/orders-functions/target/orders-app.jar");
        Path stock = root.resolve("benchmarks/web-scf/target/web-scf.jar");
        return List.of(
                new HttpCase("polyfn-web", "Polyfn orders-app.jar", polyfn, port -> List.of(java.toString(), "-jar",
                        polyfn.toString(), "--server.port=" + port), Map.of(), "/uppercase"),
                new HttpCase("scf-web", "stock spring-cloud-function-web (Boot 4.0.7)", stock, port -> List.of(
                        java.toString(), "-jar", stock.toString(), "--server.port=" + port), Map.of(), "/uppercase"));
    }
}
