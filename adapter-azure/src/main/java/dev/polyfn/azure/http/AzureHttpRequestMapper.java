package dev.polyfn.azure.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import dev.polyfn.azure.AzureInvocationContexts;
import dev.polyfn.core.PortableRequest;

/**
 * An Azure {@link HttpRequestMessage} as a {@link PortableRequest}: method, path, query, every header (core applies
 * the allow-list), Content-Type and the exact body bytes.
 *
 * <p>Example: {@code POST https://app.azurewebsites.net/api/uppercase?x=1} with body {@code hello} becomes
 * {@code PortableRequest("POST", "/api/uppercase", {x=[1]}, headers, "text/plain", "hello", ...)}.
 * The Azure Java worker has no streaming body: the host hands over the whole array and core rejects one over the
 * size limit with 413.
 */
final class AzureHttpRequestMapper {

    private AzureHttpRequestMapper() {
    }

    static PortableRequest toPortable(HttpRequestMessage<Optional<byte[]>> request, ExecutionContext context) {
        Map<String, String> headers = request.getHeaders() == null ? Map.of() : request.getHeaders();
        PortableRequest.Builder builder = PortableRequest.http(method(request), path(request.getUri()))
            .query(query(request.getQueryParameters()))
            .body(body(request.getBody()));
        String traceparent = null;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() == null || header.getValue() == null) {
                continue;
            }
            builder.header(header.getKey(), header.getValue());
            if ("traceparent".equalsIgnoreCase(header.getKey())) {
                traceparent = header.getValue();
            }
        }
        return builder.context(AzureInvocationContexts.of(context, traceparent, Map.of())).build();
    }

    private static String method(HttpRequestMessage<?> request) {
        return request.getHttpMethod() == null ? "POST" : request.getHttpMethod().name();
    }

    private static String path(URI uri) {
        return uri == null || uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    private static Map<String, List<String>> query(Map<String, String> parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (name != null && value != null) {
                    query.put(name, List.of(value));
                }
            });
        }
        return query;
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static byte[] body(Optional<byte[]> body) {
        return body == null ? new byte[0] : body.orElse(new byte[0]);
    }
}
