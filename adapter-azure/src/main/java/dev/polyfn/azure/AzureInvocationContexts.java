package dev.polyfn.azure;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;
import dev.polyfn.core.InvocationContext;

/**
 * Azure's {@link ExecutionContext} as the portable {@link InvocationContext}.
 *
 * <p>Example: invocation id {@code 7b0a...}, function {@code createOrder}, traceparent {@code 00-4bf9...-01} become
 * {@code InvocationContext("7b0a...", "azure", null, "00-4bf9...-01", {functionName=createOrder}, context)};
 * functions reach the logger and the raw context with {@code nativeContext(ExecutionContext.class)}.
 */
public final class AzureInvocationContexts {

    public static final String PROVIDER = "azure";

    private AzureInvocationContexts() {
    }

    public static InvocationContext of(ExecutionContext context) {
        return of(context, null, Map.of());
    }

    /**
     * @param fallbackTraceparent the request's trace header ({@code TraceContext.fromHeaders}), used when the host gives no valid one
     * @param facts               further provider facts, e.g. {@code timerPastDue}
     */
    public static InvocationContext of(ExecutionContext context, String fallbackTraceparent, Map<String, String> facts) {
        return of(context, fallbackTraceparent, facts, null);
    }

    /** As {@link #of(ExecutionContext, String, Map)}, with the time the host stops the invocation, or null. */
    public static InvocationContext of(ExecutionContext context, String fallbackTraceparent, Map<String, String> facts,
            java.time.Instant deadline) {
        Map<String, String> attributes = new LinkedHashMap<>(facts);
        if (context.getFunctionName() != null) {
            attributes.put("functionName", context.getFunctionName());
        }
        TraceContext trace = context.getTraceContext();
        // core's one rule: the first valid trace header, the host's own first; the id rule is InvocationContext's
        return new InvocationContext(context.getInvocationId(), PROVIDER, deadline, dev.polyfn.core.TraceContext
            .firstValid(trace == null ? null : trace.getTraceparent(), fallbackTraceparent), attributes, context);
    }
}
