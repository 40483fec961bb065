package dev.polyfn.azure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.microsoft.azure.functions.rpc.messages.FunctionRpcGrpc;
import com.microsoft.azure.functions.rpc.messages.InvocationResponse;
import com.microsoft.azure.functions.rpc.messages.RpcLog;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage;
import com.microsoft.azure.functions.rpc.messages.StreamingMessage.ContentCase;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

/**
 * The host's end of {@code FunctionRpc.EventStream} on loopback: sends messages to the worker (one at a time, as a
 * gRPC stream requires), hands the handshake's answers out in order, completes each invocation's answer by its id and
 * keeps every {@code RpcLog} by invocation id (the empty id for the worker's own lines).
 */
final class HostEventStream implements AutoCloseable {

    private final Server server;
    private final BlockingQueue<StreamingMessage> control = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<InvocationResponse>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, List<RpcLog>> logs = new ConcurrentHashMap<>();
    private volatile StreamObserver<StreamingMessage> toWorker;

    HostEventStream() {
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

    int port() {
        return server.getPort();
    }

    synchronized void send(StreamingMessage message) {
        if (toWorker == null) {
            throw new IllegalStateException("The worker has not connected");
        }
        toWorker.onNext(message);
    }

    /** The next handshake message of the expected kind (others are skipped), failing when the worker is gone. */
    StreamingMessage next(ContentCase expected, Duration timeout, BooleanSupplier workerAlive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                StreamingMessage message = control.poll(200, TimeUnit.MILLISECONDS);
                if (message != null && message.getContentCase() == expected) {
                    return message;
                }
                if (message == null && !workerAlive.getAsBoolean()) {
                    throw new IllegalStateException("The worker exited while the host waited for " + expected);
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("No " + expected + " from the worker within " + timeout);
    }

    /** Registers an invocation before it is sent; the future completes with the worker's answer. */
    CompletableFuture<InvocationResponse> expect(String invocationId) {
        CompletableFuture<InvocationResponse> answer = new CompletableFuture<>();
        inFlight.put(invocationId, answer);
        return answer;
    }

    List<RpcLog> logs(String invocationId) {
        return List.copyOf(logs.getOrDefault(invocationId, List.of()));
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail(new IllegalStateException("host emulator closed"));
    }

    private void fail(Throwable cause) {
        inFlight.values().forEach(f -> f.completeExceptionally(cause));
    }

    /**
     * grpc-java servers always send {@code grpc-encoding}, {@code identity} when not compressing; the .NET host sends
     * none. The worker's shaded gRPC knows its identity codec only under a relocated name (its shade plugin rewrote
     * the string to {@code com.microsoft.azure.functions.shaded.identity}) and fails the stream on {@code identity}.
     * So the emulator names gzip, which the worker accepts, and sends every message uncompressed (the gRPC spec allows).
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
            fail(t);
        }

        @Override
        public void onCompleted() {
            fail(new IllegalStateException("the worker closed the stream"));
        }
    }
}
