package dev.polyfn.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract's "One build" clause from outside: a project generated with the contract's exact command, whose
 * {@code mvn -B verify} (its own tests included) leaves every artifact, each checked here as its platform reads it.
 */
class ArchetypeIT {

    static final Path HELLO = MavenProcess.WORK.resolve("hello");
    static final Path TARGET = HELLO.resolve("target");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void generateAndBuild() throws Exception {
        deleteRecursively(HELLO);
        Files.createDirectories(MavenProcess.WORK);
        MavenProcess.run(MavenProcess.WORK, "generate",
                "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("archetype.plugin.version")
                        + ":generate",
                "-DarchetypeGroupId=dev.polyfn", "-DarchetypeArtifactId=polyfn-archetype",
                "-DarchetypeVersion=" + System.getProperty("polyfn.version"), "-DgroupId=com.example",
                "-DartifactId=hello", "-Dversion=1.0.0", "-Dpackage=com.example.hello");
        MavenProcess.run(HELLO, "verify", "verify");
    }

    @Test
    void theGeneratedProjectIsOneModuleOfPlainBeansWithItsDeclaration() throws IOException {
        assertThat(HELLO.resolve("src/main/java/com/example/hello/GreetingFunctions.java")).isRegularFile();
        assertThat(Files.readString(HELLO.resolve("src/main/resources/application.properties")))
            .contains("polyfn.configuration=com.example.hello.GreetingFunctions", "polyfn.functions.greet.http.path=/greet");
        String pom = Files.readString(HELLO.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>polyfn-bom</artifactId>", "<artifactId>polyfn-maven-plugin</artifactId>")
            .doesNotContain("adapter", "spring-boot-maven-plugin", "maven-shade-plugin", "@");
        try (Stream<Path> sources = Files.walk(HELLO.resolve("src"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")).map(this::text))
                .noneMatch(source -> source.contains("dev.polyfn.aws") || source.contains("dev.polyfn.azure")
                        || source.contains("dev.polyfn.gcp") || source.contains("SpringApplication"));
        }
        // its own two tests, and the kit's three scenarios on every target
        assertThat(Files.readString(MavenProcess.WORK.resolve("verify.log"))).contains("Tests run: 2, Failures: 0",
                "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed", "GreetingConformanceTest");
    }

    /** Each snippet of docs/getting-started.md marked {@code <!-- hello/<file> -->} is in that generated file. */
    @Test
    void gettingStartedQuotesTheGeneratedProject() throws IOException {
        String guide = Files.readString(Path.of("../../docs/getting-started.md"));
        java.util.regex.Matcher snippet = java.util.regex.Pattern
            .compile("<!-- hello/(\\S+) -->\n```\\w+\n([^`]*)```").matcher(guide);
        int quoted = 0;
        while (snippet.find()) {
            assertThat(Files.readString(HELLO.resolve(snippet.group(1)))).as(snippet.group(1)).contains(snippet.group(2));
            quoted++;
        }
        assertThat(quoted).isEqualTo(5);
    }

    @Test
    void appJarIsASpringBootExecutableWithPolyfnsMainClass() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("hello-app.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
                .isEqualTo("dev.polyfn.local.PolyfnLocalApplication");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).startsWith("org.springframework.boot.loader");
            assertThat(jar.getEntry("BOOT-INF/classes/com/example/hello/GreetingFunctions.class")).isNotNull();
            assertThat(jar.stream().map(e -> e.getName())).anyMatch(n -> n.startsWith("BOOT-INF/lib/polyfn-local-"))
                .anyMatch(n -> n.startsWith("BOOT-INF/lib/tomcat-embed-core-"));
        }
    }

    @Test
    void awsJarHoldsTheHandlerAndStaysSmall() throws IOException {
        Path jar = TARGET.resolve("hello-aws.jar");
        assertThat(Files.size(jar)).isLessThanOrEqualTo(12L * 1024 * 1024);
        try (JarFile aws = new JarFile(jar.toFile())) {
            assertThat(aws.getEntry("dev/polyfn/aws/PolyfnHandler.class")).isNotNull();
            assertThat(aws.getEntry("com/example/hello/GreetingFunctions.class")).isNotNull();
            assertThat(aws.getEntry("application.properties")).isNotNull();
            assertThat(aws.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("org/springframework/boot/")
                    || n.startsWith("org/apache/catalina/") || n.startsWith("io/netty/") || n.startsWith("dev/polyfn/gcp/")
                    || n.startsWith("com/amazonaws/services/lambda/runtime/api/client/"));
        }
    }

    @Test
    void samTemplateHasOneFunctionPerExposedBean() throws IOException {
        JsonNode template = new YAMLMapper().readTree(TARGET.resolve("template.yaml").toFile());
        JsonNode function = template.path("Resources").path("GreetFunction");

        assertThat(template.path("Resources").propertyNames()).containsExactly("GreetFunction");
        assertThat(function.path("Type").asString()).isEqualTo("AWS::Serverless::Function");
        JsonNode properties = function.path("Properties");
        assertThat(properties.path("CodeUri").asString()).isEqualTo("hello-aws.jar");
        assertThat(properties.path("Handler").asString()).isEqualTo("dev.polyfn.aws.PolyfnHandler::handleRequest");
        assertThat(properties.path("Environment").path("Variables").path("SPRING_CLOUD_FUNCTION_DEFINITION").asString())
            .isEqualTo("greet");
        assertThat(properties.path("Events").path("HttpApi").path("Properties").path("Path").asString())
            .isEqualTo("/greet");
        assertThat(properties.path("Events").path("HttpApi").path("Properties").path("Method").asString())
            .as("every method reaches Polyfn, which answers the undeclared ones 405").isEqualTo("ANY");
    }

    @Test
    void gcpJarAndScriptDeployEachFunction() throws IOException {
        try (JarFile gcp = new JarFile(TARGET.resolve("hello-gcp.jar").toFile())) {
            assertThat(gcp.getEntry("dev/polyfn/gcp/PolyfnHttpFunction.class")).isNotNull();
            assertThat(gcp.getEntry("com/google/cloud/functions/HttpFunction.class")).as("provided by the invoker").isNull();
        }
        Path script = TARGET.resolve("gcp-deploy.sh");
        assertThat(Files.isExecutable(script)).isTrue();
        List<String> deploys = Files.readAllLines(script).stream().filter(l -> l.startsWith("gcloud functions deploy"))
            .toList();
        assertThat(deploys).singleElement().asString().startsWith("gcloud functions deploy greet --gen2");
        assertThat(Files.readString(script)).contains("--entry-point=dev.polyfn.gcp.PolyfnHttpFunction", "--trigger-http",
                "--set-env-vars=SPRING_CLOUD_FUNCTION_DEFINITION=greet", "cp hello-gcp.jar");
    }

    @Test
    void azureFolderHasHostJsonAndAFunctionJsonPerFunction() throws IOException {
        Path app = TARGET.resolve("azure-functions/hello");
        assertThat(JSON.readTree(app.resolve("host.json").toFile()).path("version").asString()).isEqualTo("2.0");
        JsonNode greet = JSON.readTree(app.resolve("greet/function.json").toFile());
        assertThat(greet.path("entryPoint").asString()).startsWith("dev.polyfn.azure.");
        assertThat(greet.path("bindings").get(0).path("type").asString()).isEqualTo("httpTrigger");
    }

    /** The same project under the Maven a user may have instead of a wrapper (Debian's 3.8.7 here). */
    @Test
    void theSystemMavenBuildsEveryTargetToo() throws Exception {
        Path mvn = Path.of(System.getProperty("it.system.maven", "/usr/bin/mvn"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(mvn), "no Maven at " + mvn
                + " (system property it.system.maven)");
        Path copy = MavenProcess.WORK.resolve("hello-system-maven");
        deleteRecursively(copy);
        try (Stream<Path> files = Files.walk(HELLO)) {
            for (Path file : files.filter(f -> !HELLO.relativize(f).startsWith("target")).toList()) {
                Path target = copy.resolve(HELLO.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
        MavenProcess.run(mvn, copy, "system-maven-package", "package");

        for (String artifact : List.of("hello-app.jar", "hello-aws.jar", "template.yaml", "hello-gcp.jar",
                "gcp-deploy.sh", "azure-functions/hello/greet/function.json")) {
            assertThat(copy.resolve("target").resolve(artifact)).as(artifact).exists();
        }
    }

    @Test
    void theAppJarServesTheFunction() throws Exception {
        int port = freePort();
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TARGET.resolve("hello-app.jar").toString(), "--server.port=" + port).redirectErrorStream(true)
            .redirectOutput(MavenProcess.WORK.resolve("app-jar.log").toFile()).start();
        try {
            assertGreets(port);
        }
        finally {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void polyfnRunServesTheFunctionWithNoMainClassOfTheProject() throws Exception {
        int port = freePort();
        Process run = MavenProcess.start(HELLO, "polyfn-run", "-o", "polyfn:run",
                "-Dpolyfn.run.arguments=--server.port=" + port);
        try {
            assertGreets(port);
        }
        finally {
            run.descendants().forEach(ProcessHandle::destroy);
            run.destroy();
            run.waitFor();
        }
    }

    private static void assertGreets(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest greet = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/greet"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}"))
            .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                HttpResponse<String> answer = client.send(greet, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("{\"message\":\"Hello, Ada!\"}");
                return;
            }
            catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The app did not answer on port " + port + " within 2 minutes", notYet);
                }
                Thread.sleep(250);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String text(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
