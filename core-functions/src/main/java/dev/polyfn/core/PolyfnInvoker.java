package dev.polyfn.core;

import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.internal.BatchRunner;
import dev.polyfn.core.internal.BodyReader;
import dev.polyfn.core.internal.Deadline;
import dev.polyfn.core.internal.DeadlineRunner;
import dev.polyfn.core.internal.FunctionCall;
import dev.polyfn.core.internal.FunctionShape;
import dev.polyfn.core.internal.HeaderPolicy;
import dev.polyfn.core.internal.InputReader;
import dev.polyfn.core.internal.InvalidInputException;
import dev.polyfn.core.internal.InvocationListener;
import dev.polyfn.core.internal.InvocationLog;
import dev.polyfn.core.internal.InvocationScope;
import dev.polyfn.core.internal.InvocationSpans;
import dev.polyfn.core.internal.OutputWriter;
import dev.polyfn.core.internal.Problems;
import dev.polyfn.core.internal.ResponseTooLargeException;
import dev.polyfn.core.rules.HttpMethodRule;
import jakarta.validation.ConstraintViolationException;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

/**
 * Runs one function for every adapter: header policy, input conversion and validation, the call under the
 * invocation's deadline, awaiting an asynchronous result, output conversion, and the mapping of every failure to a
 * problem answer. Adapters only translate envelopes.
 *
 * <p>Example: {@code invoke(PortableRequest.http("POST", "/uppercase").body("hi").build())} answers
 * {@code 200 text/plain "HI"}; a malformed JSON body for a POJO function answers {@code 400 application/problem+json};
 * a {@code CompletableFuture} that does not complete before the deadline answers {@code 504} and is cancelled.
 * It never throws for bad input or a failing function: every outcome is a {@link PortableResponse}.
 * Thread-safe; one instance per function per process.
 */
public final class PolyfnInvoker {

    private final String name;
    private final FunctionInvocationWrapper function;
    private final FunctionCall call;
    private final PolyfnProperties properties;
    private final HeaderPolicy headers;
    private final InputReader input;
    private final OutputWriter output;
    private final Problems problems;
    private final InvocationLog log;
    private final BatchRunner batches;
    private final InvocationSpans spans;
    private final List<InvocationListener> listeners;
    private final HttpMethodRule methods;
    private final java.util.concurrent.atomic.AtomicBoolean coldStart = new java.util.concurrent.atomic.AtomicBoolean(true);

    /** @throws IllegalStateException when the function's shape is not one Polyfn serves (see docs/async.md) */
    PolyfnInvoker(String name, FunctionInvocationWrapper function, PolyfnProperties properties,
            HeaderPolicy headers, InputReader input, OutputWriter output, Problems problems, InvocationLog log,
            InvocationSpans spans, List<InvocationListener> listeners, HttpMethodRule methods) {
        this.name = name;
        this.methods = methods;
        this.function = function;
        this.call = FunctionCall.of(name, function);
        this.properties = properties;
        this.headers = headers;
        this.input = input;
        this.output = output;
        this.problems = problems;
        this.log = log;
        this.batches = new BatchRunner(properties.batchParallelism());
        this.spans = spans;
        this.listeners = listeners;
    }

    /** The function definition this invoker runs, e.g. {@code uppercase}. */
    public String functionName() {
        return name;
    }

    /**
     * The type core reads the input as, every wrapper removed ({@code Mono<StockQuery>} -> {@code StockQuery}), or
     * null for a {@code Supplier}.
     */
    public Type inputType() {
        return call.shape().inputType();
    }

    /** The type of the function's result value, every wrapper removed, or null for a {@code Consumer}. */
    public Type outputType() {
        return call.shape().outputType();
    }

    /** The HTTP methods this function accepts (declared, else POST); others answer 405 ({@link HttpMethodRule}). */
    public List<String> httpMethods() {
        return methods.allowed();
    }

    public boolean isConsumer() {
        return function.isConsumer();
    }

    /** True when calls go straight to the user's bean, skipping Spring Cloud Function's second conversion. */
    boolean callsBeanDirectly() {
        return call.isDirect();
    }

    public PolyfnProperties properties() {
        return properties;
    }

    /** Reads a streamed request body under the configured limit; over it, an exception that {@link #invoke} maps to 413. */
    public byte[] readBody(InputStream in) {
        return BodyReader.read(in, properties.maxBodyBytes());
    }

    /** The problem answer for a request an adapter could not even decode (e.g. bad base64): 400 unless said otherwise. */
    public PortableResponse reject(PortableRequest request, int status, String detail) {
        PortableResponse response = methodAllowed(request) ? problems.response(status, detail, request)
                : methodNotAllowed(request);
        log.completed(name, status, 0, request.context(), coldStart.getAndSet(false));
        return response;
    }

    /**
     * The answer for a failure of an adapter's own envelope code, mapped by core's one rule: a
     * {@link ProblemException} (a malformed envelope) keeps its status; anything else is a bug, a 500 whose cause is
     * logged with the request id.
     */
    public PortableResponse failed(PortableRequest request, Throwable cause) {
        PortableResponse response = failure(cause, request);
        log.completed(name, response.status(), 0, request.context(), coldStart.getAndSet(false));
        return response;
    }

    /**
     * Before a snapshot ({@link SnapshotHooks}): runs {@code sample} through the path up to the call (header
     * policy, input reading and validation) without calling the function; a sample the function would reject
     * still loads that path.
     */
    void warm(PortableRequest sample) {
        try {
            input.readValues(call.shape(), headers.filter(sample));
        }
        catch (RuntimeException rejected) {
            // the sample only warms the path
        }
    }

    /** After a snapshot is restored: the next invocation counts as a cold start again (logs, metrics). */
    void restored() {
        coldStart.set(true);
    }

    /** Runs the function for one request under its deadline. Never throws for bad input or function failures. */
    public PortableResponse invoke(PortableRequest request) {
        return invoke(request, ResponseLimit.NONE);
    }

    /**
     * As {@link #invoke(PortableRequest)}, on a platform that carries answers up to {@code limit}: a larger answer
     * is replaced by a 502 problem (see {@link ResponseLimit}).
     */
    public PortableResponse invoke(PortableRequest request, ResponseLimit limit) {
        return invoke(request, Deadline.of(properties, request.context()), null, limit);
    }

    /**
     * Runs the function once per record under the batch's deadline, and reports the records the platform must retry,
     * by {@link BatchRecord#id()}: with {@link BatchOrdering#UNORDERED} every failed record; with
     * {@link BatchOrdering#PER_GROUP} every failed record and the later records of its group (not run); with
     * {@link BatchOrdering#SEQUENCE} only the first failed record (nothing after it runs). Records the deadline
     * leaves unrun are reported like failed ones. Never throws.
     */
    public BatchResult invokeBatch(List<BatchRecord> records, BatchOrdering ordering) {
        if (records.isEmpty()) {
            return new BatchResult(List.of());
        }
        return batches.run(records, ordering, Deadline.of(properties, records.get(0).request().context()),
                this::invoke);
    }

    /**
     * Runs every record of an event that succeeds or fails as a whole (SNS, S3), in order, under the event's
     * deadline; a record the deadline leaves unrun answers 504. Never throws.
     */
    public List<PortableResponse> invokeAll(List<PortableRequest> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return batches.runAll(records, Deadline.of(properties, records.get(0).context()), this::invoke);
    }

    private PortableResponse invoke(PortableRequest request, Deadline deadline, String recordId) {
        return invoke(request, deadline, recordId, ResponseLimit.NONE);
    }

    private PortableResponse invoke(PortableRequest request, Deadline deadline, String recordId,
            ResponseLimit limit) {
        long start = System.nanoTime();
        InvocationScope scope = new InvocationScope(request.context(), name, recordId);
        InvocationSpans.Span span = spans.start(scope, request);
        PortableResponse response = scope.run(() -> respond(request, deadline, scope, span, limit));
        long nanos = System.nanoTime() - start;
        boolean first = coldStart.getAndSet(false);
        span.end(response.status());
        scope.run(() -> {
            log.completed(name, response.status(), nanos, request.context(), first);
            return null;
        });
        for (InvocationListener listener : listeners) {
            try {
                listener.completed(name, request.context(), response.status(), nanos, first);
            }
            catch (RuntimeException e) {
                // a listener never fails an invocation
            }
        }
        return response;
    }

    private PortableResponse respond(PortableRequest request, Deadline deadline, InvocationScope scope,
            InvocationSpans.Span span, ResponseLimit limit) {
        if (!methodAllowed(request)) {
            return methodNotAllowed(request);
        }
        try {
            PortableRequest visible = headers.filter(request);
            FunctionShape shape = call.shape();
            List<Object> values = input.readValues(shape, visible);
            Map<String, Object> messageHeaders = shape.inputMessage() ? messageHeaders(visible) : Map.of();
            Object result = DeadlineRunner.call(
                    () -> span.callCurrent(() -> scope.call(() -> call.call(values, messageHeaders))), deadline);
            PortableResponse response = output.write(DeadlineRunner.await(result, shape.output(), deadline, scope));
            long oversized = limit.sizeIfOver(response);
            if (oversized > 0) {
                throw new ResponseTooLargeException(oversized, limit);
            }
            return response;
        }
        catch (Throwable e) {
            return failure(e, request);
        }
    }

    private boolean methodAllowed(PortableRequest request) {
        return !request.isHttp() || methods.allows(request.method());
    }

    /** 405 with {@code Allow}, before anything else about the request is looked at. */
    private PortableResponse methodNotAllowed(PortableRequest request) {
        PortableResponse problem = problems.response(405, methods.detail(request.method()), request);
        return new PortableResponse(405, problem.contentType(), problem.body(), Map.of("Allow", methods.allowHeader()));
    }

    /** A {@code Message} input carries the request headers that passed the allow-list (first value of each). */
    private static Map<String, Object> messageHeaders(PortableRequest visible) {
        Map<String, Object> headers = new LinkedHashMap<>();
        visible.headers().forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    private PortableResponse failure(Throwable thrown, PortableRequest request) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return problems.response(invalid.status(), null, invalid.detail(), invalid.errors(), request);
            }
            if (t instanceof ProblemException problem) {
                if (problem.status() == 504) {
                    log.timedOut(name, request.context(), problem.detail());
                }
                return problems.response(problem.status(), problem.title(), problem.detail(), List.of(), request);
            }
            if (t instanceof ConstraintViolationException) {
                return problems.response(400, "The request failed validation.", request);
            }
            if (t instanceof ResponseTooLargeException tooLarge) {
                log.failed(name, request.context(), tooLarge);
                return problems.response(502, tooLarge.getMessage(), request);
            }
        }
        log.failed(name, request.context(), thrown);
        return problems.response(500, Problems.GENERIC_DETAIL, request);
    }
}
