package dev.polyfn.core;

import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import dev.polyfn.core.internal.BodyReader;
import dev.polyfn.core.internal.FunctionCall;
import dev.polyfn.core.internal.HeaderPolicy;
import dev.polyfn.core.internal.InputReader;
import dev.polyfn.core.internal.InvalidInputException;
import dev.polyfn.core.internal.InvocationLog;
import dev.polyfn.core.internal.OutputWriter;
import dev.polyfn.core.internal.Problems;
import jakarta.validation.ConstraintViolationException;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

/**
 * Runs one function for every adapter: header policy, input conversion and validation, the call, output
 * conversion, and the mapping of every failure to a problem answer. Adapters only translate envelopes.
 *
 * <p>Example: {@code invoke(PortableRequest.http("POST", "/uppercase").body("hi").build())} answers
 * {@code 200 text/plain "HI"}; a malformed JSON body for a POJO function answers {@code 400 application/problem+json}.
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

    PolyfnInvoker(String name, FunctionInvocationWrapper function, PolyfnProperties properties,
            HeaderPolicy headers, InputReader input, OutputWriter output, Problems problems, InvocationLog log) {
        this.name = name;
        this.function = function;
        this.call = FunctionCall.of(function);
        this.properties = properties;
        this.headers = headers;
        this.input = input;
        this.output = output;
        this.problems = problems;
        this.log = log;
    }

    /** The function definition this invoker runs, e.g. {@code uppercase}. */
    public String functionName() {
        return name;
    }

    /** The function's input type, or null for a {@code Supplier}. */
    public Type inputType() {
        return function.isSupplier() ? null : function.getInputType();
    }

    /** The function's output type, or null for a {@code Consumer}. */
    public Type outputType() {
        return function.isConsumer() ? null : function.getOutputType();
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
        PortableResponse response = problems.response(status, detail, request);
        log.completed(name, status, 0, request.context());
        return response;
    }

    /** Runs the function for one request. Never throws for bad input or function failures. */
    public PortableResponse invoke(PortableRequest request) {
        long start = System.nanoTime();
        PortableResponse response = request.context().runAsCurrent(() -> respond(request));
        log.completed(name, response.status(), System.nanoTime() - start, request.context());
        return response;
    }

    /**
     * Runs the function once per record, in batch order, and reports the records the platform must retry, by
     * {@link BatchRecord#id()}: with {@link BatchOrdering#UNORDERED} every failed record; with
     * {@link BatchOrdering#PER_GROUP} every failed record and the later records of its group (not run); with
     * {@link BatchOrdering#SEQUENCE} only the first failed record (nothing after it runs). Never throws.
     */
    public BatchResult invokeBatch(List<BatchRecord> records, BatchOrdering ordering) {
        List<String> failed = new ArrayList<>();
        java.util.Set<String> failedGroups = new java.util.HashSet<>();
        for (BatchRecord record : records) {
            if (ordering == BatchOrdering.PER_GROUP && failedGroups.contains(String.valueOf(record.group()))) {
                failed.add(record.id());
                continue;
            }
            if (!invoke(record.request()).isSuccess()) {
                failed.add(record.id());
                if (ordering == BatchOrdering.SEQUENCE) {
                    break;
                }
                failedGroups.add(String.valueOf(record.group()));
            }
        }
        return new BatchResult(failed);
    }

    private PortableResponse respond(PortableRequest request) {
        try {
            PortableRequest visible = headers.filter(request);
            if (function.isSupplier()) {
                return output.write(call.get());
            }
            Object in = input.read(function.getInputType(), visible);
            if (function.isConsumer()) {
                call.accept(in);
                return output.write(null);
            }
            return output.write(call.apply(in));
        }
        catch (RuntimeException | LinkageError | AssertionError e) {
            return failure(e, request);
        }
    }

    private PortableResponse failure(Throwable thrown, PortableRequest request) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return problems.response(invalid.status(), null, invalid.detail(), invalid.errors(), request);
            }
            if (t instanceof ProblemException problem) {
                return problems.response(problem.status(), problem.title(), problem.detail(), List.of(), request);
            }
            if (t instanceof ConstraintViolationException) {
                return problems.response(400, "The request failed validation.", request);
            }
        }
        log.failed(name, request.context(), thrown);
        return problems.response(500, Problems.GENERIC_DETAIL, request);
    }
}
