package dev.polyfn.aws.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.TraceContext;

/**
 * Lambda's {@link Context} as core's portable {@link InvocationContext}. Everything comes from the invocation's own
 * context first: under Lambda Managed Instances ({@code AWS_LAMBDA_MAX_CONCURRENCY}) several invocations run at
 * once, and the runtime client gives each its trace id in {@code Context.getXrayTraceId()} only; the process-wide
 * property and {@code _X_AMZN_TRACE_ID} (which may hold a stale value there) are fallbacks for older clients.
 *
 * <p>Example: awsRequestId {@code 8f5a...}, 2,900 ms remaining, X-Ray header {@code Root=1-...} become
 * {@code InvocationContext("8f5a...", "aws", now+2.9s, "Root=1-...", {functionArn=..., functionName=...}, context)}.
 */
public final class LambdaContexts {

    /** Where the runtime interface client puts the current invocation's X-Ray trace header. */
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    static final String TRACE_ENV = "_X_AMZN_TRACE_ID";

    private LambdaContexts() {
    }

    public static InvocationContext from(Context context) {
        if (context == null) {
            return new InvocationContext(null, "aws", null, traceId(), Map.of(), null);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "functionArn", context.getInvokedFunctionArn());
        putIfPresent(attributes, "functionName", context.getFunctionName());
        putIfPresent(attributes, "functionVersion", context.getFunctionVersion());
        int remaining = context.getRemainingTimeInMillis();
        Instant deadline = remaining > 0 ? Instant.now().plusMillis(remaining) : null;
        return new InvocationContext(context.getAwsRequestId(), "aws", deadline, traceId(context), attributes, context);
    }

    /** The first valid of the invocation's own trace header, then the process-wide ones (core's one rule). */
    private static String traceId(Context context) {
        String own;
        try {
            own = context.getXrayTraceId();
        }
        catch (UnsupportedOperationException | AbstractMethodError e) {
            own = null;
        }
        return TraceContext.firstValid(own, System.getProperty(TRACE_PROPERTY), System.getenv(TRACE_ENV));
    }

    private static String traceId() {
        return TraceContext.firstValid(System.getProperty(TRACE_PROPERTY), System.getenv(TRACE_ENV));
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }
}
