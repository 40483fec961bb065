package dev.polyfn.maven.azure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.polyfn.core.declaration.AzureSettings;
import dev.polyfn.core.declaration.Cloud;
import dev.polyfn.core.declaration.CosmosDbDeclaration;
import dev.polyfn.core.declaration.EventHubDeclaration;
import dev.polyfn.core.declaration.FunctionDeclaration;
import dev.polyfn.core.declaration.HttpDeclaration;
import dev.polyfn.core.declaration.PolyfnDeclarations;
import dev.polyfn.core.declaration.QueueDeclaration;
import dev.polyfn.core.declaration.ScheduleDeclaration;
import dev.polyfn.core.declaration.StorageDeclaration;
import dev.polyfn.core.declaration.TopicDeclaration;
import dev.polyfn.core.declaration.TriggerDeclaration;
import dev.polyfn.maven.jar.ClasspathJar;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code azure-functions/<app>/}: host.json, local.settings.json (for {@code func start}),
 * {@code polyfn-adapter-azure.jar} (the entry points; every function.json's scriptFile), {@code lib/} (every other
 * run-time jar, the project's own among them, less the worker's azure-functions-java-core-library) and one
 * {@code <function>/function.json} per exposed bean and trigger. A bean's first trigger is the Azure function
 * {@code <bean>}, each further one {@code <bean>-<trigger>}: the adapter runs bean {@code <bean>} for both.
 */
public final class AzureAppWriter {

    static final String SCRIPT_FILE = "polyfn-adapter-azure.jar";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PolyfnDeclarations declarations;
    private final AzureSettings azure;

    public AzureAppWriter(PolyfnDeclarations declarations) {
        this.declarations = declarations;
        this.azure = declarations.azureOrDefaults();
    }

    /**
     * Writes the folder {@code app} afresh from the project's jar and the Azure class path (polyfn-adapter-azure
     * and the project's dependencies); returns the Azure functions written.
     */
    public List<String> write(Path app, Path projectJar, List<ClasspathJar> classpath) throws IOException {
        AzureEntryPoints entryPoints = AzureEntryPoints.read(classpath);
        Map<String, Map<String, Object>> functions = functions(entryPoints);
        delete(app);
        Files.createDirectories(app.resolve("lib"));
        Files.copy(projectJar, app.resolve("lib").resolve(projectJar.getFileName()));
        for (ClasspathJar jar : classpath) {
            String file = jar.file().getName();
            if (jar.coordinates().equals("dev.polyfn:polyfn-adapter-azure")) {
                Files.copy(jar.file().toPath(), app.resolve(SCRIPT_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            else if (!jar.artifactId().equals("azure-functions-java-core-library")) {
                Files.copy(jar.file().toPath(), app.resolve("lib").resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        JSON.writeValue(app.resolve("host.json").toFile(), hostJson());
        JSON.writeValue(app.resolve("local.settings.json").toFile(), localSettings());
        for (Map.Entry<String, Map<String, Object>> function : functions.entrySet()) {
            Path folder = Files.createDirectories(app.resolve(function.getKey()));
            JSON.writeValue(folder.resolve("function.json").toFile(), function.getValue());
        }
        return List.copyOf(functions.keySet());
    }

    private Map<String, Map<String, Object>> functions(AzureEntryPoints entryPoints) {
        Map<String, Map<String, Object>> functions = new LinkedHashMap<>();
        for (Map.Entry<String, FunctionDeclaration> entry : declarations.functions().entrySet()) {
            String bean = entry.getKey();
            boolean first = true;
            for (TriggerDeclaration trigger : entry.getValue().triggersOn(Cloud.AZURE)) {
                for (AzureBinding binding : bindings(bean, trigger)) {
                    String name = first ? bean : bean + "-" + binding.suffix();
                    first = false;
                    List<Map<String, Object>> bindings = new ArrayList<>();
                    Map<String, Object> in = new LinkedHashMap<>();
                    in.put("type", binding.type());
                    in.put("direction", "in");
                    in.put("name", entryPoints.bindingName(binding.method(), binding.type()));
                    in.putAll(binding.settings());
                    bindings.add(in);
                    if (binding.type().equals("httpTrigger")) {
                        bindings.add(map("type", "http", "direction", "out", "name", "$return"));
                    }
                    Map<String, Object> function = new LinkedHashMap<>();
                    function.put("scriptFile", "../" + SCRIPT_FILE);
                    function.put("entryPoint", AzureEntryPoints.CLASS + "." + binding.method());
                    function.put("bindings", bindings);
                    if (binding.retry() != null) {
                        function.put("retry", binding.retry());
                    }
                    functions.put(name, function);
                }
            }
        }
        return functions;
    }

    private List<AzureBinding> bindings(String bean, TriggerDeclaration trigger) {
        String connection = azure.storageConnection();
        if (trigger instanceof HttpDeclaration http) {
            // no "methods": the host then routes every method to the function, and core answers an undeclared
            // one with 405 and Allow (a methods list would leave it to the host's own 404)
            return List.of(new AzureBinding("http", "httpTrigger", "http", map("authLevel",
                    azure.authLevel().toUpperCase(Locale.ROOT), "route", http.pathOr(bean).substring(1))));
        }
        if (trigger instanceof QueueDeclaration queue) {
            return List.of(new AzureBinding("queue", "queueTrigger", "queue", map("queueName", queue.name(),
                    "connection", connection)));
        }
        if (trigger instanceof TopicDeclaration) {
            return List.of(new AzureBinding("eventGrid", "eventGridTrigger", "eventgrid", map()));
        }
        if (trigger instanceof StorageDeclaration storage) {
            List<AzureBinding> bindings = new ArrayList<>();
            if (azure.storageTriggers().contains("blob")) {
                bindings.add(new AzureBinding("blob", "blobTrigger", "blob", map("path", storage.bucket() + "/{name}",
                        "dataType", "binary", "connection", connection)));
            }
            if (azure.storageTriggers().contains("eventgrid")) {
                bindings.add(new AzureBinding("eventGrid", "eventGridTrigger", "eventgrid", map()));
            }
            return bindings;
        }
        if (trigger instanceof ScheduleDeclaration schedule) {
            return List.of(new AzureBinding("timer", "timerTrigger", "timer", map("schedule",
                    "0 " + String.join(" ", schedule.fields()))));
        }
        if (trigger instanceof EventHubDeclaration hub) {
            // binary: string batches drop empty events, which would no longer line up with SystemPropertiesArray;
            // a partition's batch that fails is retried by the host's retry policy, then checkpointed past
            return List.of(new AzureBinding("eventHub", "eventHubTrigger", "eventhub", map("eventHubName", hub.name(),
                    "connection", hub.connection() == null ? "EventHubConnection" : hub.connection(),
                    "consumerGroup", hub.consumerGroup() == null ? "$Default" : hub.consumerGroup(),
                    "cardinality", "many", "dataType", "binary"), map("strategy", "exponentialBackoff",
                    "maxRetryCount", 5, "minimumInterval", "00:00:04", "maximumInterval", "00:15:00")));
        }
        if (trigger instanceof CosmosDbDeclaration cosmos) {
            return List.of(new AzureBinding("cosmosDb", "cosmosDBTrigger", "cosmosdb", map("databaseName",
                    cosmos.database(), "containerName", cosmos.container(), "connection",
                    cosmos.connection() == null ? "CosmosDBConnection" : cosmos.connection(), "leaseContainerName",
                    cosmos.leaseContainer() == null ? "leases" : cosmos.leaseContainer(),
                    "createLeaseContainerIfNotExists", true), map("strategy", "fixedDelay", "maxRetryCount", 5,
                    "delayInterval", "00:00:10")));
        }
        throw new IllegalArgumentException("Azure offers no " + trigger.kind().key() + " trigger.");
    }

    private Map<String, Object> hostJson() {
        int attempts = declarations.functions().values().stream().map(FunctionDeclaration::queue)
            .filter(q -> q != null).mapToInt(QueueDeclaration::maxAttemptsOrDefault).min()
            .orElse(QueueDeclaration.DEFAULT_MAX_ATTEMPTS);
        return map("version", "2.0",
                "extensionBundle", map("id", "Microsoft.Azure.Functions.ExtensionBundle", "version", "[4.*, 5.0.0)"),
                "extensions", map("queues", map("maxDequeueCount", attempts), "http", map("routePrefix", "api")),
                "logging", map("logLevel", map("default", "Information")));
    }

    private Map<String, Object> localSettings() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("FUNCTIONS_WORKER_RUNTIME", "java");
        values.put(azure.storageConnection(), "UseDevelopmentStorage=true");
        return map("IsEncrypted", false, "Values", values);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * One Azure trigger binding: the entry point method, the binding type, the function name's suffix, settings, and
     * the function's retry policy (host-side retries, for triggers whose host checkpoints past a failed batch), or null.
     */
    private record AzureBinding(String method, String type, String suffix, Map<String, Object> settings,
            Map<String, Object> retry) {
        AzureBinding(String method, String type, String suffix, Map<String, Object> settings) {
            this(method, type, suffix, settings, null);
        }
    }
}
