package dev.polyfn.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.polyfn.core.internal.InvocationScope;
import dev.polyfn.core.internal.RequestIds;

/**
 * What the platform says about the current invocation, the same on every cloud.
 *
 * <p>Example: on AWS Lambda {@code requestId} is the Lambda request id, {@code traceId} the X-Ray header,
 * {@code attributes} holds {@code functionArn}; on Azure {@code requestId} is the invocation id.
 *
 * @param requestId      the platform's id for this invocation (never null)
 * @param provider       {@code aws}, {@code azure}, {@code gcp} or {@code local}
 * @param deadline       when the platform stops the invocation, or null when it does not say
 * @param traceId        the trace header value (X-Ray, W3C traceparent, X-Cloud-Trace-Context) as sent, or null;
 *                       {@link #trace()} reads it
 * @param attributes     provider facts such as {@code functionArn}; never request data
 * @param nativeContext  the provider's own context object (Lambda {@code Context}, Azure {@code ExecutionContext}), or null
 */
public record InvocationContext(String requestId, String provider, Instant deadline, String traceId,
        Map<String, String> attributes, Object nativeContext) {

    /**
     * The one rule for ids taken from a platform or a request: letters, digits and {@code ._:@/+=-}, at most 128;
     * anything else (control characters, spaces, longer values) is replaced by a fresh id.
     */
    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /**
     * A missing or unsafe request id becomes a fresh one; a trace header that is not a valid W3C, X-Ray or Cloud
     * Trace header (see {@link TraceContext}) becomes null, so no forged value reaches a log line.
     */
    public InvocationContext {
        requestId = requestId == null || !SAFE_ID.matcher(requestId).matches() ? newRequestId() : requestId;
        traceId = TraceContext.firstValid(traceId);
        provider = provider == null ? "local" : provider;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A fresh id in UUID form for invocations whose platform gives none (see {@code RequestIds}). */
    public static String newRequestId() {
        return RequestIds.next();
    }

    /** A context with a fresh request id, for local calls and tests. */
    public static InvocationContext local() {
        return new InvocationContext(null, "local", null, null, Map.of(), null);
    }

    /** The context of the invocation running on this thread, while a function runs under Polyfn. */
    public static Optional<InvocationContext> current() {
        InvocationScope scope = InvocationScope.current();
        return scope == null ? Optional.empty() : Optional.of(scope.context());
    }

    /**
     * An executor that runs each task in the invocation that submitted it: {@link #current()} and the request id on
     * log lines follow the task to {@code executor}'s thread. Polyfn's own invocation threads and Reactor operators
     * carry it already; wrap your own executors with this.
     * <p>Example: {@code CompletableFuture.supplyAsync(() -> rates.lookup(order), InvocationContext.propagating(pool))}.
     */
    public static java.util.concurrent.Executor propagating(java.util.concurrent.Executor executor) {
        return task -> executor.execute(InvocationScope.propagate(task));
    }

    /** The trace this invocation belongs to, parsed from {@link #traceId()}. */
    public Optional<TraceContext> trace() {
        return TraceContext.parse(traceId);
    }

    /** Time left before the deadline; empty when the platform gives none. */
    public Optional<Duration> remainingTime() {
        return deadline == null ? Optional.empty() : Optional.of(Duration.between(Instant.now(), deadline));
    }

    /** The provider's own context object when it is of the given type, e.g. Lambda's {@code Context}. */
    public <T> Optional<T> nativeContext(Class<T> type) {
        return type.isInstance(nativeContext) ? Optional.of(type.cast(nativeContext)) : Optional.empty();
    }
}
