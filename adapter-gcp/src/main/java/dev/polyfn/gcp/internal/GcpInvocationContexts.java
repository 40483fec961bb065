package dev.polyfn.gcp.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.InvocationContext;
import io.cloudevents.CloudEvent;

/**
 * Builds the invocation context of a Cloud Functions call from what Google sends with it.
 *
 * <p>Example: an HTTP request with {@code Function-Execution-Id: abc123} and
 * {@code traceparent: 00-4bf9...-01} gives {@code requestId "abc123"}, {@code traceId "00-4bf9...-01"},
 * {@code provider "gcp"}; a CloudEvent gives its {@code id} and its {@code traceparent} extension. Ids that do not
 * look like ids (control characters, too long) are replaced by a fresh UUID; Cloud Functions sets no deadline.
 */
public final class GcpInvocationContexts {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final Pattern SAFE_TRACE = Pattern.compile("[\\x21-\\x7E]{1,256}");

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
        String trace = safeTrace(request.getFirstHeader("traceparent").orElse(null));
        if (trace == null) {
            trace = safeTrace(request.getFirstHeader("X-Cloud-Trace-Context").orElse(null));
        }
        return new InvocationContext(safeId(request.getFirstHeader("Function-Execution-Id").orElse(null)), "gcp",
                null, trace, platform, request);
    }

    public InvocationContext forEvent(CloudEvent event) {
        Object trace = event.getExtension("traceparent");
        Map<String, String> attributes = new LinkedHashMap<>(platform);
        putIfPresent(attributes, "eventType", safeTrace(event.getType()));
        return new InvocationContext(safeId(event.getId()), "gcp", null,
                trace == null ? null : safeTrace(trace.toString()), attributes, event);
    }

    private static String safeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches() ? id : null;
    }

    private static String safeTrace(String trace) {
        return trace != null && SAFE_TRACE.matcher(trace).matches() ? trace : null;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
