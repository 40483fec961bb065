package dev.polyfn.examples.orders.aws;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lambda Runtime API (2018-06-01) as the runtime interface client talks to it, for tests: {@code GET
 * /runtime/invocation/next} hands out queued events, {@code POST /runtime/invocation/{id}/response} and
 * {@code /error} complete them, {@code POST /runtime/init/error} records an init failure. Several {@code /next}
 * requests may be parked at once (the client's threads under {@code AWS_LAMBDA_MAX_CONCURRENCY}); each invocation
 * gets its own request id, deadline ({@code Lambda-Runtime-Deadline-Ms}) and trace header.
 *
 * <p>Example: {@code invoke(bytes)} queues an event and returns a future completed with the client's answer.
 */
final class RuntimeApiEmulator implements AutoCloseable {

    static final String FUNCTION_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:orders";
    static final String TRACE_ID = "Root=1-6741a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1";
    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the client posted back: a response, an invocation error, or an init error, for the invocation
     * {@code requestId}, handed out at {@code startedNanos} and answered at {@code answeredNanos} (System.nanoTime).
     */
    record Answer(String kind, String errorType, byte[] body, String requestId, long startedNanos, long answeredNanos) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** True when this invocation and {@code other} were running at the same moment. */
        boolean overlaps(Answer other) {
            return startedNanos < other.answeredNanos && other.startedNanos < answeredNanos;
        }
    }

    /** One queued event with the deadline and trace header Lambda would give it. */
    private record Invocation(String id, byte[] payload, Duration timeout, String traceId,
            CompletableFuture<Answer> answer, long[] startedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Answer> initError = new CompletableFuture<>();

    RuntimeApiEmulator() throws IOException {
        // a backlog above AWS_LAMBDA_MAX_CONCURRENCY: each of the client's threads parks a /next request
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<Answer> invoke(byte[] payload) {
        return invoke(payload, Duration.ofSeconds(30), TRACE_ID);
    }

    /** Queues an event whose invocation has {@code timeout} to run (Lambda's deadline) and the given trace header. */
    CompletableFuture<Answer> invoke(byte[] payload, Duration timeout, String traceId) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), payload, timeout, traceId,
                new CompletableFuture<>(), new long[1]);
        running.put(invocation.id(), invocation);
        queue.add(invocation);
        return invocation.answer();
    }

    CompletableFuture<Answer> initError() {
        return initError;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        try (exchange) {
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            }
            else if (path.equals("init/error")) {
                initError.complete(answer("init-error", exchange, null, 0));
                respond(exchange, 202, Map.of("status", "OK"));
            }
            else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
                Invocation invocation = running.remove(id);
                if (invocation == null) {
                    respond(exchange, 400, Map.of("errorMessage", "unknown request id"));
                    return;
                }
                invocation.answer().complete(answer(path.endsWith("/response") ? "response" : "error", exchange,
                        invocation.id(), invocation.startedNanos()[0]));
                respond(exchange, 202, Map.of("status", "OK"));
            }
            else {
                respond(exchange, 404, Map.of("errorMessage", "not found"));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = queue.take();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long deadline = System.currentTimeMillis() + invocation.timeout().toMillis();
        invocation.startedNanos()[0] = System.nanoTime();
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.id());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", invocation.traceId());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, invocation.payload().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(invocation.payload());
        }
    }

    private static Answer answer(String kind, HttpExchange exchange, String requestId, long startedNanos)
            throws IOException {
        return new Answer(kind, exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"),
                exchange.getRequestBody().readAllBytes(), requestId, startedNanos, System.nanoTime());
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
