package dev.polyfn.azure.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.azure.functions.rpc.messages.FunctionEnvironmentReloadRequest;
import com.microsoft.azure.functions.rpc.messages.FunctionLoadResponse;
import com.microsoft.azure.functions.rpc.messages.InvocationRequest;
import com.microsoft.azure.functions.rpc.messages.InvocationResponse;
import com.microsoft.azure.functions.rpc.messages.RpcLog;
import com.microsoft.azure.functions.rpc.messages.RpcTraceContext;
import com.microsoft.azure.functions.rpc.messages.StatusResult;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage.ContentCase;
import com.microsoft.azure.functions.rpc.messages.WorkerInitRequest;
import com.microsoft.azure.functions.rpc.messages.WorkerInitResponse;

/**
 * The Azure Functions host's side of {@code FunctionRpc.EventStream} on loopback, driving the real Java worker: it
 * starts the worker JVM ({@link AzureWorkerProcess}), takes its {@code StartStream}, sends {@code WorkerInitRequest}
 * (host version, capabilities, worker and app directories), in placeholder mode a
 * {@code FunctionEnvironmentReloadRequest} with the app's settings, then one {@code FunctionLoadRequest} per
 * function.json of the app folder ({@link AzureFunctionApp}), and from then on sends {@code InvocationRequest}s shaped
 * like the host's ({@link HostHttpRequest}, {@link HostTriggers}). Many invocations may be in flight; each answer and
 * each {@code RpcLog} is kept by invocation id.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script.Grpc/Channel/GrpcWorkerChannel.cs} (StartWorkerProcessAsync,
 * SendWorkerInitRequest, GetWorkerInitRequest, SendFunctionEnvironmentReloadRequest,
 * GetFunctionEnvironmentReloadRequest, SendFunctionLoadRequests) and
 * {@code src/WebJobs.Script.Grpc/Extensions/ScriptInvocationContextExtensions.cs} (ToRpcInvocationRequest).
 *
 * <p>Example: {@code try (AzureHostEmulator host = AzureHostEmulator.start(stagingFolder, Map.of())) {
 * host.http(HostHttpRequest.post("/api/uppercase").body("hello", "text/plain")) }}.
 */
public final class AzureHostEmulator implements AutoCloseable {

    /** The host version announced to the worker (azure-functions-host 4.1037.0, whose source this follows). */
    public static final String HOST_VERSION = "4.1037.0";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final AzureFunctionApp app;
    private final HostEventStream stream = new HostEventStream();
    private final String workerId = UUID.randomUUID().toString();
    private final Map<String, FunctionLoadResponse> loaded = new LinkedHashMap<>();
    private Map<String, String> capabilities = Map.of();
    private AzureWorkerProcess worker;

    private AzureHostEmulator(AzureFunctionApp app) {
        this.app = app;
    }

    /**
     * Starts the worker for the app folder (a staging folder of azure-functions-maven-plugin, or one laid out the same
     * way) with its local.settings.json values plus {@code settings} as app settings, and loads every function.
     * Skips the calling test when no worker is installed (see {@link AzureWorkerFolder#requireWorkerDirectory()}).
     */
    public static AzureHostEmulator start(Path appDirectory, Map<String, String> settings) {
        return start(appDirectory, settings, false);
    }

    /**
     * As {@link #start(Path, Map)}, the way a Consumption plan cold start runs: the worker is started in placeholder
     * mode (no app settings, no app folder) and then specialised with a {@code FunctionEnvironmentReloadRequest}.
     */
    public static AzureHostEmulator startSpecialized(Path appDirectory, Map<String, String> settings) {
        return start(appDirectory, settings, true);
    }

    private static AzureHostEmulator start(Path appDirectory, Map<String, String> settings, boolean placeholder) {
        Path workerDirectory = AzureWorkerFolder.requireWorkerDirectory();
        AzureHostEmulator host = new AzureHostEmulator(AzureFunctionApp.read(appDirectory));
        try {
            host.handshake(workerDirectory, settings, placeholder);
            return host;
        }
        catch (RuntimeException | Error e) {
            String output = host.workerOutput();
            host.close();
            throw new IllegalStateException(e.getMessage() + "\n--- worker output ---\n" + output, e);
        }
    }

    private void handshake(Path workerDirectory, Map<String, String> settings, boolean placeholder) {
        Path workerFolder = AzureWorkerFolder.hostWorkerFolder(workerDirectory);
        Map<String, String> appSettings = new HashMap<>(app.settings());
        appSettings.putAll(settings);
        Map<String, String> hostEnvironment = new HashMap<>(System.getenv());
        if (placeholder) {
            hostEnvironment.put("WEBSITE_PLACEHOLDER_MODE", "1");
        }
        else {
            hostEnvironment.putAll(appSettings);
        }
        Path startDirectory = placeholder ? workerFolder : app.directory();
        worker = AzureWorkerProcess.start(workerFolder, startDirectory, stream.port(), workerId, hostEnvironment);

        StreamingMessage start = next(ContentCase.START_STREAM);
        if (!workerId.equals(start.getStartStream().getWorkerId())) {
            throw new IllegalStateException("StartStream from an unknown worker: " + start.getStartStream().getWorkerId());
        }
        send(StreamingMessage.newBuilder().setRequestId(UUID.randomUUID().toString())
            .setWorkerInitRequest(WorkerInitRequest.newBuilder()
                .setHostVersion(HOST_VERSION)
                .putCapabilities("MultiStream", "10")
                .setWorkerDirectory(workerFolder.toString())
                .setFunctionAppDirectory(startDirectory.toString()))
            .build());
        WorkerInitResponse init = next(ContentCase.WORKER_INIT_RESPONSE).getWorkerInitResponse();
        requireSuccess("WorkerInitRequest", init.getResult());
        capabilities = Map.copyOf(init.getCapabilitiesMap());

        if (placeholder) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.putAll(appSettings);
            environment.values().removeIf(value -> value == null || value.isEmpty());
            environment.putIfAbsent("FUNCTIONS_WORKER_DIRECTORY", workerFolder.toString());
            environment.putIfAbsent("FUNCTIONS_APPLICATION_DIRECTORY", app.directory().toString());
            send(StreamingMessage.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setFunctionEnvironmentReloadRequest(FunctionEnvironmentReloadRequest.newBuilder()
                    .putAllEnvironmentVariables(environment)
                    .setFunctionAppDirectory(app.directory().toString()))
                .build());
            requireSuccess("FunctionEnvironmentReloadRequest",
                    next(ContentCase.FUNCTION_ENVIRONMENT_RELOAD_RESPONSE).getFunctionEnvironmentReloadResponse().getResult());
        }

        Map<String, String> names = new HashMap<>();
        for (AzureFunctionApp.Function function : app.functions().values()) {
            names.put(function.id(), function.name());
            send(StreamingMessage.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setFunctionLoadRequest(function.loadRequest()).build());
        }
        for (int i = 0; i < names.size(); i++) {
            FunctionLoadResponse response = next(ContentCase.FUNCTION_LOAD_RESPONSE).getFunctionLoadResponse();
            loaded.put(names.get(response.getFunctionId()), response);
        }
    }

    /** The app as the host indexed it. */
    public AzureFunctionApp app() {
        return app;
    }

    /** The worker's answer to each function's load request, by function name. */
    public Map<String, FunctionLoadResponse> loadResponses() {
        return Map.copyOf(loaded);
    }

    /** The capabilities the worker announced in its WorkerInitResponse. */
    public Map<String, String> capabilities() {
        return capabilities;
    }

    /** Fires {@code functionName}'s trigger; the answer comes through the returned invocation. */
    public AzureInvocation invoke(String functionName, HostInvocation.Trigger trigger) {
        AzureFunctionApp.Function function = app.function(functionName);
        HostInvocation input = trigger.toInvocation(function.triggerName(), capabilities);
        String id = UUID.randomUUID().toString();
        CompletableFuture<InvocationResponse> answer = stream.expect(id);
        send(StreamingMessage.newBuilder().setInvocationRequest(InvocationRequest.newBuilder()
                .setFunctionId(function.id())
                .setInvocationId(id)
                .setTraceContext(RpcTraceContext.newBuilder().setTraceParent(traceparent()).setTraceState(""))
                .addAllInputData(input.inputData())
                .putAllTriggerMetadata(input.triggerMetadata()))
            .build());
        return new AzureInvocation(id, answer, stream::logs);
    }

    /** Sends an HTTP request to the function whose route serves it, as the host's router does; 404 when none. */
    public AzureInvocation.HttpAnswer http(HostHttpRequest request) {
        AzureFunctionApp.Function function = app.route(request.method(), request.path());
        if (function == null) {
            return new AzureInvocation.HttpAnswer(404, Map.of(), new byte[0]);
        }
        return invoke(function.name(), request).await().http();
    }

    /** The log lines the worker sent for one invocation (function and Polyfn logs through the worker's logger). */
    public List<RpcLog> logs(String invocationId) {
        return stream.logs(invocationId);
    }

    /** The log lines the worker sent that belong to no invocation (its own and the app's start). */
    public List<RpcLog> systemLogs() {
        return logs("");
    }

    /** {@link System#nanoTime()} just before the worker process was started (for start-up timings). */
    public long workerStartNanos() {
        return worker.startNanos();
    }

    /** The worker process's id (for its memory, from /proc). */
    public long workerPid() {
        return worker.pid();
    }

    /** Everything the worker process wrote to stdout and stderr so far. */
    public String workerOutput() {
        return worker == null ? "" : worker.output();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        stream.close();
    }

    private void send(StreamingMessage message) {
        stream.send(message);
    }

    private StreamingMessage next(ContentCase expected) {
        return stream.next(expected, STARTUP, () -> worker == null || worker.isAlive());
    }

    private static void requireSuccess(String step, StatusResult result) {
        if (result.getStatus() != StatusResult.Status.Success) {
            throw new IllegalStateException(step + " failed in the worker: " + result.getResult() + " "
                    + result.getException().getMessage());
        }
    }

    /** A W3C traceparent, as Activity.Current.Id gives the host's invocation. */
    private static String traceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("00-%016x%016x-%016x-01", random.nextLong(), random.nextLong(), random.nextLong());
    }

    /** Names of the functions whose load the worker reported as failed, with its messages. */
    public List<String> failedLoads() {
        List<String> failed = new ArrayList<>();
        loaded.forEach((name, response) -> {
            if (response.getResult().getStatus() != StatusResult.Status.Success) {
                failed.add(name + ": " + response.getResult().getException().getMessage());
            }
        });
        return failed;
    }
}
