package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Lambda Runtime API (the {@code 2018-06-01} endpoints the runtime interface client polls): one instance per
 * child process, so a killed runtime can never take the next process's invocation.
 *
 * <p>Example: {@code invoke(eventJson)} queues the event; the runtime's {@code GET .../invocation/next} receives it and
 * its {@code POST .../invocation/<id>/response} completes the returned future with the answer and the nanosecond
 * timestamps of dispatch and receipt. An init error or an invocation error completes it with {@code error = true}.
 *
 * <p>Several {@code /next} requests may be parked at once: under {@code AWS_LAMBDA_MAX_CONCURRENCY} (Lambda Managed
 * Instances) the runtime client runs that many threads, each polling {@code /next} and posting its own response
 * (aws-lambda-java-libs, aws-lambda-java-runtime-interface-client/src/main/java/com/amazonaws/services/lambda/
 * runtime/api/client/AWSLambda.java: one {@code LambdaRuntimeApiClient} loop per thread), so each exchange has a
 * thread of its own and a parked {@code /next} never holds up a response. {@link #maxOutstanding()} is the highest
 * number of invocations handed out and not yet answered: the evidence that invocations really overlapped.
 */
final class LambdaRuntimeApiEmulator implements AutoCloseable {

    /** One answer: what the runtime posted, when the event left and when the answer arrived (System.nanoTime). */
    record Answer(String body, boolean error, long dispatchedNanos, long receivedNanos) {
        long latencyNanos() {
            return receivedNanos - dispatchedNanos;
        }
    }

    private record Invocation(String id, byte[] event, CompletableFuture<Answer> answer, long[] dispatched) {
    }

    private static final String BASE = "/2018-06-01/runtime/";

    static {
        // without TCP_NODELAY, the event's header and body segments meet delayed ACKs: ~40 ms per invocation
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final boolean DEBUG = Boolean.getBoolean("harness.debug");

    private final long created = System.nanoTime();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final java.util.concurrent.atomic.AtomicInteger outstanding = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxOutstanding = new java.util.concurrent.atomic.AtomicInteger();
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Answer> initFailure = new CompletableFuture<>();

    LambdaRuntimeApiEmulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext(BASE, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<Answer> invoke(byte[] event) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>(), new long[1]);
        inFlight.put(invocation.id(), invocation);
        queue.add(invocation);
        return invocation.answer().applyToEither(initFailure, a -> a);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        if (DEBUG) {
            System.out.printf("emulator %.1f ms: %s %s%n", (System.nanoTime() - created) / 1e6,
                    exchange.getRequestMethod(), path);
        }
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            if (path.equals("invocation/next")) {
                next(exchange);
            }
            else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                long received = System.nanoTime();
                String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
                Invocation invocation = inFlight.remove(id);
                if (invocation != null) {
                    outstanding.decrementAndGet();
                    invocation.answer().complete(new Answer(new String(body, StandardCharsets.UTF_8),
                            path.endsWith("/error"), invocation.dispatched()[0], received));
                }
                reply(exchange, 202, "{\"status\":\"OK\"}");
            }
            else if (path.equals("init/error")) {
                initFailure.complete(new Answer(new String(body, StandardCharsets.UTF_8), true, 0, System.nanoTime()));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            }
            else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        Invocation invocation = queue.take();
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.id());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 900_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:123456789012:function:bench");
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        invocation.dispatched()[0] = System.nanoTime();
        maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
        exchange.sendResponseHeaders(200, invocation.event().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(invocation.event());
        }
    }

    /** The most invocations handed out to the runtime and not yet answered at one moment; resets it. */
    int maxOutstanding() {
        return maxOutstanding.getAndSet(outstanding.get());
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
