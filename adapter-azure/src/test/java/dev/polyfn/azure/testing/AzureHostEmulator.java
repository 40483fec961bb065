package dev.polyfn.azure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.microsoft.azure.functions.rpc.messages.FunctionEnvironmentReloadRequest;
import com.microsoft.azure.functions.rpc.messages.FunctionLoadResponse;
import com.microsoft.azure.functions.rpc.messages.FunctionRpcGrpc;
import com.microsoft.azure.functions.rpc.messages.InvocationRequest;
import com.microsoft.azure.functions.rpc.messages.InvocationResponse;
import com.microsoft.azure.functions.rpc.messages.RpcLog;
import com.microsoft.azure.functions.rpc.messages.RpcTraceContext;
import com.microsoft.azure.functions.rpc.messages.StatusResult;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage.ContentCase;
import com.microsoft.azure.functions.rpc.messages.WorkerInitRequest;
import com.microsoft.azure.functions.rpc.messages.WorkerInitResponse;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

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
    private final Server server;
    private final String workerId = UUID.randomUUID().toString();
    private final BlockingQueue<StreamingMessage> control = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<InvocationResponse>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, List<RpcLog>> logs = new ConcurrentHashMap<>();
    private final Map<String, FunctionLoadResponse> loaded = new LinkedHashMap<>();
    private volatile StreamObserver<StreamingMessage> toWorker;
    private Map<String, String> capabilities = Map.of();
    private AzureWorkerProcess worker;

    private AzureHostEmulator(AzureFunctionApp app) {
        this.app = app;
        try {
            this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .maxInboundMessageSize(Integer.MAX_VALUE)
                .addService(ServerInterceptors.intercept(new FunctionRpcGrpc.FunctionRpcImplBase() {
                    @Override
                    public StreamObserver<StreamingMessage> eventStream(StreamObserver<StreamingMessage> responses) {
                        toWorker = responses;
                        return new Inbound();
                    }
                }, new NoIdentityEncodingHeader()))
                .build()
                .start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the worker for the app folder (a staging folder of azure-functions-maven-plugin, or one laid out the same
     * way) with its local.settings.json values plus {@code settings} as app settings, and loads every function.
     * Skips the calling test when no worker is installed (see {@link AzureWorkerProcess#requireWorkerDirectory()}).
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
        Path workerDirectory = AzureWorkerProcess.requireWorkerDirectory();
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
        Path workerFolder = AzureWorkerProcess.hostWorkerFolder(workerDirectory);
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
        worker = AzureWorkerProcess.start(workerFolder, startDirectory, server.getPort(), workerId, hostEnvironment);

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
        CompletableFuture<InvocationResponse> answer = new CompletableFuture<>();
        inFlight.put(id, answer);
        send(StreamingMessage.newBuilder().setInvocationRequest(InvocationRequest.newBuilder()
                .setFunctionId(function.id())
                .setInvocationId(id)
                .setTraceContext(RpcTraceContext.newBuilder().setTraceParent(traceparent()).setTraceState(""))
                .addAllInputData(input.inputData())
                .putAllTriggerMetadata(input.triggerMetadata()))
            .build());
        return new AzureInvocation(id, answer, this::logs);
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
        return List.copyOf(logs.getOrDefault(invocationId, List.of()));
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
        server.shutdownNow();
        try {
            server.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        inFlight.values().forEach(f -> f.completeExceptionally(new IllegalStateException("host emulator closed")));
    }

    private synchronized void send(StreamingMessage message) {
        if (toWorker == null) {
            throw new IllegalStateException("The worker has not connected");
        }
        toWorker.onNext(message);
    }

    private StreamingMessage next(ContentCase expected) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                StreamingMessage message = control.poll(200, TimeUnit.MILLISECONDS);
                if (message != null && message.getContentCase() == expected) {
                    return message;
                }
                if (message == null && worker != null && !worker.isAlive()) {
                    throw new IllegalStateException("The worker exited while the host waited for " + expected);
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("No " + expected + " from the worker within " + STARTUP);
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

    /**
     * grpc-java servers always send {@code grpc-encoding}, {@code identity} when not compressing; the .NET host sends
     * none. The worker's shaded gRPC knows its identity codec only under a relocated name (its shade plugin rewrote the
     * string to {@code com.microsoft.azure.functions.shaded.identity}) and fails the stream on {@code identity}. So the
     * emulator names gzip, which the worker accepts, and sends every message uncompressed (allowed by the gRPC spec).
     */
    private static final class NoIdentityEncodingHeader implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                ServerCallHandler<Q, R> next) {
            call.setCompression("gzip");
            call.setMessageCompression(false);
            return next.startCall(call, headers);
        }
    }

    private final class Inbound implements StreamObserver<StreamingMessage> {
        @Override
        public void onNext(StreamingMessage message) {
            switch (message.getContentCase()) {
                case RPC_LOG -> logs.computeIfAbsent(message.getRpcLog().getInvocationId(), id -> new CopyOnWriteArrayList<>())
                    .add(message.getRpcLog());
                case INVOCATION_RESPONSE -> {
                    CompletableFuture<InvocationResponse> answer = inFlight.remove(message.getInvocationResponse().getInvocationId());
                    if (answer != null) {
                        answer.complete(message.getInvocationResponse());
                    }
                }
                default -> control.add(message);
            }
        }

        @Override
        public void onError(Throwable t) {
            inFlight.values().forEach(f -> f.completeExceptionally(t));
        }

        @Override
        public void onCompleted() {
            inFlight.values().forEach(f -> f.completeExceptionally(new IllegalStateException("the worker closed the stream")));
        }
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
