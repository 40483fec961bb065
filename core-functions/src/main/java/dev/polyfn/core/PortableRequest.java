package dev.polyfn.core;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One invocation as every adapter hands it to core: the body, its content type, the request headers that passed
 * the allow-list, HTTP facts when the trigger is HTTP, an optional typed event, and the invocation context.
 *
 * <p>Example: API Gateway {@code POST /createOrder} with a JSON body becomes
 * {@code PortableRequest.http("POST", "/createOrder").contentType("application/json").body(bytes).build()}.
 *
 * @param method      HTTP method, or null when the trigger is not HTTP
 * @param path        HTTP path, or null when the trigger is not HTTP
 * @param query       query parameters (possibly repeated), empty when none
 * @param headers     request headers, names in lower case; adapters pass all, core filters by the allow-list
 * @param contentType the body's media type, or null when the source does not say
 * @param body        the raw body, never null (empty when there is none)
 * @param event       a portable event ({@link StorageObjectEvent}, {@link ScheduleTick}, {@link PubSubMessage},
 *                    {@link QueueMessage}, {@link StreamRecord}, {@link ChangeEvent}) when the trigger is not HTTP,
 *                    else null; for messages, stream records and change events the body is their payload
 * @param context     the invocation context
 */
public record PortableRequest(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, String contentType, byte[] body, Object event, InvocationContext context) {

    public PortableRequest {
        query = query == null ? Map.of() : query;
        headers = headers == null ? Map.of() : headers;
        body = body == null ? new byte[0] : body;
        context = context == null ? InvocationContext.local() : context;
    }

    public static Builder http(String method, String path) {
        return new Builder().method(method).path(path);
    }

    /** A request for a non-HTTP trigger carrying a typed portable event. */
    public static Builder event(Object event) {
        return new Builder().event(event);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isHttp() {
        return method != null;
    }

    /** First value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Builder toBuilder() {
        return new Builder().method(method).path(path).query(query).headers(headers).contentType(contentType)
            .body(body).event(event).context(context);
    }

    public static final class Builder {
        private String method;
        private String path;
        private Map<String, List<String>> query = Map.of();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private String contentType;
        private byte[] body = new byte[0];
        private Object event;
        private InvocationContext context;

        public Builder method(String method) { this.method = method; return this; }
        public Builder path(String path) { this.path = path; return this; }
        public Builder query(Map<String, List<String>> query) { this.query = query; return this; }
        public Builder contentType(String contentType) { this.contentType = contentType; return this; }
        public Builder body(byte[] body) { this.body = body; return this; }
        public Builder body(String body) { this.body = body.getBytes(StandardCharsets.UTF_8); return this; }
        public Builder event(Object event) { this.event = event; return this; }
        public Builder context(InvocationContext context) { this.context = context; return this; }

        /** Adds a header value; names are stored in lower case. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(value);
            return this;
        }

        public Builder headers(Map<String, List<String>> all) {
            all.forEach((name, values) -> values.forEach(value -> header(name, value)));
            return this;
        }

        public PortableRequest build() {
            String type = contentType;
            if (type == null && headers.containsKey("content-type")) {
                type = headers.get("content-type").get(0);
            }
            return new PortableRequest(method, path, query, Map.copyOf(headers), type, body, event, context);
        }
    }
}
