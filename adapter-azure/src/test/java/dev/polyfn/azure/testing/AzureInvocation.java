package dev.polyfn.azure.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import com.microsoft.azure.functions.rpc.messages.InvocationResponse;
import com.microsoft.azure.functions.rpc.messages.RpcHttp;
import com.microsoft.azure.functions.rpc.messages.RpcLog;
import com.microsoft.azure.functions.rpc.messages.StatusResult;
import com.microsoft.azure.functions.rpc.messages.TypedData;

/**
 * One invocation sent to the worker: its id, and a wait for the worker's {@code InvocationResponse} with a timeout.
 * Several may be in flight at once.
 *
 * <p>Example: {@code host.invoke("processPayment-queue", HostTriggers.queue(...)).await(Duration.ofSeconds(30))}.
 */
public final class AzureInvocation {

    /** The worker's answer with the log lines it sent for this invocation id while it ran. */
    public record Result(String invocationId, InvocationResponse response, List<RpcLog> logs) {

        public boolean succeeded() {
            return response.getResult().getStatus() == StatusResult.Status.Success;
        }

        /** The failure message the worker reports to the host (the root cause's), or null on success. */
        public String failureMessage() {
            return succeeded() ? null : response.getResult().getException().getMessage();
        }

        public List<String> logMessages() {
            return logs.stream().map(RpcLog::getMessage).toList();
        }

        /**
         * The HTTP answer the host writes for this invocation: the worker's RpcHttp (status code, headers, body bytes,
         * string or JSON as UTF-8, JSON {@code null} as no body), or the host's bare 500 when the invocation failed (azure-functions-host
         * {@code src/WebJobs.Script/Binding/Http/HttpBinding.cs}, {@code RawScriptResult.cs}).
         */
        public HttpAnswer http() {
            if (!succeeded() || !response.getReturnValue().hasHttp()) {
                return new HttpAnswer(500, Map.of(), new byte[0]);
            }
            RpcHttp http = response.getReturnValue().getHttp();
            int status = http.getStatusCode().isEmpty() ? 200 : Integer.parseInt(http.getStatusCode());
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(http.getHeadersMap());
            return new HttpAnswer(status, headers, bytes(http.getBody()));
        }

        private static byte[] bytes(TypedData body) {
            return switch (body.getDataCase()) {
                case BYTES -> body.getBytes().toByteArray();
                case STRING -> body.getString().getBytes(StandardCharsets.UTF_8);
                // the worker sends a null body as json "null", which the host deserialises to no body
                case JSON -> body.getJson().strip().equals("null") ? new byte[0] : body.getJson().getBytes(StandardCharsets.UTF_8);
                case DATA_NOT_SET -> new byte[0];
                default -> throw new IllegalStateException("Unexpected HTTP body " + body.getDataCase());
            };
        }
    }

    /** An HTTP answer as the caller of the function app sees it; header names are case-insensitive. */
    public record HttpAnswer(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private final String id;
    private final CompletableFuture<InvocationResponse> response;
    private final Function<String, List<RpcLog>> logs;

    AzureInvocation(String id, CompletableFuture<InvocationResponse> response, Function<String, List<RpcLog>> logs) {
        this.id = id;
        this.response = response;
        this.logs = logs;
    }

    public String id() {
        return id;
    }

    /** Waits for the worker's answer; fails the test when none comes within {@code timeout}. */
    public Result await(Duration timeout) {
        try {
            return new Result(id, response.get(timeout.toMillis(), TimeUnit.MILLISECONDS), logs.apply(id));
        }
        catch (TimeoutException e) {
            throw new AssertionError("The worker did not answer invocation " + id + " within " + timeout, e);
        }
        catch (ExecutionException e) {
            throw new AssertionError("Invocation " + id + " was not answered: " + e.getCause().getMessage(), e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for invocation " + id, e);
        }
    }

    /** Waits up to 60 s. */
    public Result await() {
        return await(Duration.ofSeconds(60));
    }
}
