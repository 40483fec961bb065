package dev.polyfn.azure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.azure.functions.rpc.messages.BindingInfo;
import com.microsoft.azure.functions.rpc.messages.FunctionLoadRequest;
import com.microsoft.azure.functions.rpc.messages.RpcFunctionMetadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A function app folder as the host indexes it: every sub-folder holding a function.json is a function named after
 * the folder; its {@code scriptFile} is resolved against that folder and must exist; each binding becomes a
 * {@link BindingInfo} (type, direction, dataType). local.settings.json's {@code Values} are the app settings, as
 * Core Tools puts them into the host's environment. host.json's {@code extensions.http.routePrefix} (default
 * {@code api}) prefixes HTTP routes.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script/Host/HostFunctionMetadataProvider.cs}
 * (ReadFunctionsMetadata, ParseFunctionMetadata, DeterminePrimaryScriptFile),
 * {@code src/WebJobs.Script.Grpc/MessageExtensions/GrpcMessageConversionExtensions.cs} (ToBindingInfo) and
 * {@code src/WebJobs.Script.Grpc/Channel/GrpcWorkerChannel.cs} (GetFunctionLoadRequest).
 */
public final class AzureFunctionApp {

    /** One function: its load request and, for HTTP triggers, the route and methods it answers. */
    public record Function(String name, FunctionLoadRequest loadRequest, JsonNode trigger) {

        public String id() {
            return loadRequest.getFunctionId();
        }

        public String triggerType() {
            return trigger.path("type").asString();
        }

        /** The binding name of the trigger (the input the worker binds to the trigger parameter). */
        public String triggerName() {
            return trigger.path("name").asString();
        }
    }

    private final Path directory;
    private final Map<String, Function> functions;
    private final Map<String, String> settings;
    private final String routePrefix;

    private AzureFunctionApp(Path directory, Map<String, Function> functions, Map<String, String> settings,
            String routePrefix) {
        this.directory = directory;
        this.functions = functions;
        this.settings = settings;
        this.routePrefix = routePrefix;
    }

    public static AzureFunctionApp read(Path directory) {
        Path app = directory.toAbsolutePath().normalize();
        Map<String, Function> functions = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(app)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("function.json"))) {
                    Function function = function(folder, JsonMapper.shared().readTree(folder.resolve("function.json").toFile()));
                    functions.put(function.name(), function);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Path local = app.resolve("local.settings.json");
        if (Files.isRegularFile(local)) {
            JsonMapper.shared().readTree(local.toFile()).path("Values").properties()
                .forEach(value -> settings.put(value.getKey(), value.getValue().asString()));
        }
        String prefix = "api";
        if (Files.isRegularFile(app.resolve("host.json"))) {
            JsonNode http = JsonMapper.shared().readTree(app.resolve("host.json").toFile()).path("extensions").path("http");
            prefix = http.path("routePrefix").asString(prefix);
        }
        return new AzureFunctionApp(app, functions, settings, prefix);
    }

    public Path directory() {
        return directory;
    }

    public Map<String, Function> functions() {
        return functions;
    }

    public Function function(String name) {
        Function function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("No function '" + name + "' in " + directory + "; there are " + functions.keySet());
        }
        return function;
    }

    /** local.settings.json's Values. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The HTTP-triggered function serving {@code method path} (static routes), or null: the host answers 404. */
    public Function route(String method, String path) {
        for (Function function : functions.values()) {
            if (!function.triggerType().equalsIgnoreCase("httpTrigger")) {
                continue;
            }
            String route = function.trigger().path("route").asString(function.name());
            String full = "/" + (routePrefix.isEmpty() ? "" : routePrefix + "/") + route;
            boolean methodAllowed = !function.trigger().has("methods") || function.trigger().path("methods").valueStream()
                .anyMatch(m -> m.asString().equalsIgnoreCase(method));
            if (full.equalsIgnoreCase(path) && methodAllowed) {
                return function;
            }
        }
        return null;
    }

    private static Function function(Path folder, JsonNode config) {
        String name = folder.getFileName().toString();
        String id = UUID.randomUUID().toString();
        String scriptFile = config.path("scriptFile").asString("");
        // Path.Combine(scriptDirectory, scriptFile), not normalised: the worker receives it like that
        String scriptPath = scriptFile.isEmpty() ? "" : folder + "/" + scriptFile;
        if (!scriptFile.isEmpty() && !Files.isRegularFile(Path.of(scriptPath))) {
            throw new IllegalStateException("Function '" + name + "': invalid script file name configuration."
                    + " The 'scriptFile' property is set to a file that does not exist: " + scriptPath);
        }
        RpcFunctionMetadata.Builder metadata = RpcFunctionMetadata.newBuilder()
            .setName(name)
            .setDirectory(folder.toString())
            .setEntryPoint(config.path("entryPoint").asString(""))
            .setScriptFile(scriptPath)
            .setIsProxy(false)
            .putProperties("FunctionId", id);
        JsonNode trigger = null;
        List<String> names = new ArrayList<>();
        for (JsonNode binding : config.path("bindings")) {
            metadata.putBindings(binding.path("name").asString(), bindingInfo(binding));
            names.add(binding.path("name").asString());
            if (binding.path("type").asString().endsWith("Trigger")) {
                trigger = binding;
            }
        }
        if (trigger == null) {
            throw new IllegalStateException("Function '" + name + "' declares no trigger among bindings " + names);
        }
        return new Function(name, FunctionLoadRequest.newBuilder().setFunctionId(id).setMetadata(metadata).build(), trigger);
    }

    private static BindingInfo bindingInfo(JsonNode binding) {
        BindingInfo.Builder info = BindingInfo.newBuilder().setType(binding.path("type").asString());
        switch (binding.path("direction").asString("in").toLowerCase(Locale.ROOT)) {
            case "out" -> info.setDirection(BindingInfo.Direction.out);
            case "inout" -> info.setDirection(BindingInfo.Direction.inout);
            default -> info.setDirection(BindingInfo.Direction.in);
        }
        switch (binding.path("dataType").asString("").toLowerCase(Locale.ROOT)) {
            case "string" -> info.setDataType(BindingInfo.DataType.string);
            case "binary" -> info.setDataType(BindingInfo.DataType.binary);
            case "stream" -> info.setDataType(BindingInfo.DataType.stream);
            default -> { }
        }
        return info.build();
    }
}
