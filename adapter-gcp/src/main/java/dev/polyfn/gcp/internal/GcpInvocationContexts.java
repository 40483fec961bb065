package dev.polyfn.gcp.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.TraceContext;
import io.cloudevents.CloudEvent;

/**
 * Builds the invocation context of a Cloud Functions call from what Google sends with it.
 *
 * <p>Example: an HTTP request with {@code Function-Execution-Id: abc123} and
 * {@code traceparent: 00-4bf9...-01} gives {@code requestId "abc123"}, {@code traceId "00-4bf9...-01"},
 * {@code provider "gcp"}; a CloudEvent gives its {@code id} and its {@code traceparent} extension. Which ids and
 * traces are kept is core's one rule ({@link InvocationContext}, {@link TraceContext#fromHeaders}); Cloud
 * Functions sets no deadline.
 */
public final class GcpInvocationContexts {

    private final Map<String, String> platform;

    /** @param platform facts about the deployment (service, revision, target), never request data */
    public GcpInvocationContexts(Map<String, String> platform) {
        this.platform = Map.copyOf(platform);
    }

    /** Reads {@code K_SERVICE}, {@code K_REVISION} and {@code FUNCTION_TARGET}, set by Cloud Functions, once. */
    public static GcpInvocationContexts fromEnvironment(UnaryOperator<String> environment) {
        Map<String, String> facts = new LinkedHashMap<>();
        putIfPresent(facts, "service", environment.apply("K_SERVICE"));
        putIfPresent(facts, "revision", environment.apply("K_REVISION"));
        putIfPresent(facts, "functionTarget", environment.apply("FUNCTION_TARGET"));
        return new GcpInvocationContexts(facts);
    }

    public InvocationContext forHttp(HttpRequest request) {
        return new InvocationContext(request.getFirstHeader("Function-Execution-Id").orElse(null), "gcp", null,
                TraceContext.fromHeaders(name -> request.getFirstHeader(name).orElse(null)), platform, request);
    }

    public InvocationContext forEvent(CloudEvent event) {
        Object trace = event.getExtension("traceparent");
        Map<String, String> attributes = new LinkedHashMap<>(platform);
        String type = event.getType();
        if (type != null && type.matches("[A-Za-z0-9._-]{1,256}")) {
            attributes.put("eventType", type);
        }
        return new InvocationContext(event.getId(), "gcp", null,
                trace == null ? null : TraceContext.firstValid(trace.toString()), attributes, event);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
