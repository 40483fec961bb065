package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staging folder polyfn-maven-plugin wrote from orders-functions' declarations (system property
 * {@code azure.staging.directory}, set by Maven), read as the Functions host reads it: host.json, every
 * function.json, the jar each names and its entry point (Polyfn's generic ones), lib/, and local.settings.json.
 */
class OrdersAzurePackageIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path STAGING = Path.of(System.getProperty("azure.staging.directory",
            "../orders-functions/target/azure-functions/orders")).toAbsolutePath().normalize();

    /** Azure function -> {trigger type, trigger binding name, the binding's own settings}. */
    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("uppercase", Expected.http("uppercase")),
            Map.entry("estimateDelivery", Expected.http("estimateDelivery")),
            Map.entry("checkStock", Expected.http("checkStock")),
            Map.entry("createOrder", Expected.http("createOrder")),
            Map.entry("processPayment", Expected.http("processPayment")),
            Map.entry("indexUpload", Expected.http("indexUpload")),
            Map.entry("processPayment-queue", new Expected("queueTrigger", "message",
                    Map.of("queueName", "payments", "connection", "AzureWebJobsStorage"))),
            Map.entry("processPayment-eventhub", new Expected("eventHubTrigger", "messages", Map.of("eventHubName",
                    "payments", "connection", "EventHubConnection", "cardinality", "many", "dataType", "binary"))),
            Map.entry("indexUpload-blob", new Expected("blobTrigger", "content", Map.of("path", "uploads/{name}",
                    "dataType", "binary", "connection", "AzureWebJobsStorage"))),
            Map.entry("indexUpload-eventgrid", new Expected("eventGridTrigger", "event", Map.of())),
            Map.entry("nightlyReport", new Expected("timerTrigger", "timerInfo", Map.of("schedule", "0 0 2 * * *"))));

    record Expected(String type, String name, Map<String, String> settings) {
        static Expected http(String route) {
            return new Expected("httpTrigger", "request", Map.of("route", route, "authLevel", "FUNCTION"));
        }
    }

    static Stream<String> functions() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void hostJsonIsVersion2WithAnExtensionBundle() throws IOException {
        JsonNode host = JSON.readTree(STAGING.resolve("host.json").toFile());

        assertThat(host.path("version").asString()).isEqualTo("2.0");
        assertThat(host.path("extensionBundle").path("id").asString()).isEqualTo("Microsoft.Azure.Functions.ExtensionBundle");
        assertThat(host.path("extensionBundle").path("version").asString()).startsWith("[4.");
    }

    @Test
    void theStagingFolderHoldsExactlyTheExpectedFunctionsCoveringEveryTrigger() throws IOException {
        Map<String, String> triggers = new TreeMap<>();
        try (Stream<Path> folders = Files.list(STAGING)) {
            for (Path folder : folders.filter(p -> Files.exists(p.resolve("function.json"))).toList()) {
                triggers.put(folder.getFileName().toString(), trigger(read(folder)).path("type").asString());
            }
        }
        assertThat(triggers.keySet()).isEqualTo(EXPECTED.keySet());
        assertThat(Set.copyOf(triggers.values())).contains("httpTrigger", "queueTrigger", "blobTrigger", "timerTrigger");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionJsonHasTheExpectedBindings(String function) throws IOException {
        JsonNode json = read(STAGING.resolve(function));
        Expected expected = EXPECTED.get(function);
        JsonNode trigger = trigger(json);

        assertThat(trigger.path("type").asString()).isEqualTo(expected.type());
        assertThat(trigger.path("direction").asString()).isEqualTo("in");
        assertThat(trigger.path("name").asString()).isEqualTo(expected.name());
        expected.settings().forEach((key, value) -> assertThat(trigger.path(key).asString()).as(key).isEqualTo(value));
        if (expected.type().equals("httpTrigger")) {
            // every method reaches the function; core answers the undeclared ones with 405 and Allow
            assertThat(trigger.has("methods")).isFalse();
            assertThat(json.path("bindings").valueStream()
                .filter(b -> b.path("type").asString().equals("http") && b.path("direction").asString().equals("out"))
                .map(b -> b.path("name").asString()).toList()).containsExactly("$return");
        }
        else {
            assertThat(json.path("bindings").size()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void theEntryPointIsAGenericMethodOfTheJarItNamesBoundByTheTriggersName(String function) throws Exception {
        JsonNode json = read(STAGING.resolve(function));
        Path jar = STAGING.resolve(function).resolve(json.path("scriptFile").asString()).normalize();
        String entryPoint = json.path("entryPoint").asString();
        String className = entryPoint.substring(0, entryPoint.lastIndexOf('.'));
        String methodName = entryPoint.substring(entryPoint.lastIndexOf('.') + 1);

        assertThat(jar).isRegularFile().isEqualTo(STAGING.resolve("polyfn-adapter-azure.jar"));
        assertThat(className).isEqualTo("dev.polyfn.azure.PolyfnAzureFunctions");
        try (URLClassLoader loader = PackagedApp.loader(STAGING)) {
            Class<?> type = loader.loadClass(className);
            assertThat(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())).isEqualTo(jar);
            List<Method> methods = Stream.of(type.getDeclaredMethods()).filter(m -> m.getName().equals(methodName))
                .toList();
            assertThat(methods).hasSize(1);
            List<String> triggerNames = new ArrayList<>();
            for (Annotation[] annotations : methods.get(0).getParameterAnnotations()) {
                for (Annotation annotation : annotations) {
                    if (annotation.annotationType().getSimpleName().endsWith("Trigger")) {
                        triggerNames.add((String) annotation.annotationType().getMethod("name").invoke(annotation));
                    }
                }
            }
            assertThat(triggerNames).containsExactly(trigger(json).path("name").asString());
        }
    }

    @Test
    void libHoldsTheRuntimeButNotTheWorkersOwnTypes() throws IOException {
        List<String> jars;
        try (Stream<Path> lib = Files.list(STAGING.resolve("lib"))) {
            jars = lib.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(jars).anyMatch(j -> j.startsWith("polyfn-core-")).anyMatch(j -> j.startsWith("azure-functions-java-library-"))
            .anyMatch(j -> j.startsWith("orders-functions-")).anyMatch(j -> j.startsWith("spring-cloud-function-context-"))
            .noneMatch(j -> j.startsWith("azure-functions-java-core-library"))
            .noneMatch(j -> j.contains("junit") || j.contains("assertj") || j.contains("-tests"));
    }

    @Test
    void localSettingsDefineEverySettingTheBindingsUse() throws IOException {
        JsonNode values = JSON.readTree(STAGING.resolve("local.settings.json").toFile()).path("Values");
        assertThat(values.path("FUNCTIONS_WORKER_RUNTIME").asString()).isEqualTo("java");
        assertThat(values.path("AzureWebJobsStorage").asString()).isEqualTo("UseDevelopmentStorage=true");

        List<String> used = new ArrayList<>();
        for (String function : EXPECTED.keySet()) {
            Matcher setting = Pattern.compile("%([A-Za-z0-9_]+)%").matcher(read(STAGING.resolve(function)).toString());
            while (setting.find()) {
                used.add(setting.group(1));
            }
        }
        assertThat(used).allSatisfy(name -> assertThat(values.path(name).asString()).as(name).isNotBlank());
    }

    static JsonNode read(Path functionFolder) throws IOException {
        return JSON.readTree(functionFolder.resolve("function.json").toFile());
    }

    static JsonNode trigger(JsonNode functionJson) {
        return functionJson.path("bindings").valueStream()
            .filter(b -> b.path("type").asString().endsWith("Trigger")).findFirst().orElseThrow();
    }

    /** Class loading as the Java worker does it: the function jar and lib/, with the worker's own Azure types. */
    static final class PackagedApp {

        static URLClassLoader loader(Path staging) throws IOException {
            List<URL> urls = new ArrayList<>();
            urls.add(staging.resolve("polyfn-adapter-azure.jar").toUri().toURL());
            try (Stream<Path> lib = Files.list(staging.resolve("lib"))) {
                for (Path jar : lib.sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader test = OrdersAzurePackageIT.class.getClassLoader();
            ClassLoader workerTypes = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    return name.startsWith("com.microsoft.azure.functions.") ? test.loadClass(name)
                            : super.loadClass(name, resolve);
                }
            };
            return new URLClassLoader(urls.toArray(URL[]::new), workerTypes);
        }
    }
}
