package dev.polyfn.core.internal;

import java.util.List;
import java.util.Map;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.Problem;
import tools.jackson.databind.ObjectMapper;

/** Renders every error answer of Polyfn as RFC 9457 {@code application/problem+json}. */
public final class Problems {

    public static final String GENERIC_DETAIL = "The function failed unexpectedly. Quote the request id when reporting it.";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    public static String title(int status) {
        return TITLES.getOrDefault(status, status < 500 ? "Bad Request" : "Internal Server Error");
    }

    public PortableResponse response(int status, String title, String detail, List<Problem.FieldError> errors,
            PortableRequest request) {
        Problem problem = new Problem("about:blank", title == null ? title(status) : title, status,
                detail == null || detail.isBlank() ? title(status) : detail, instance(request), errors);
        return new PortableResponse(status, PortableResponse.PROBLEM_JSON, json.writeValueAsBytes(problem), Map.of());
    }

    public PortableResponse response(int status, String detail, PortableRequest request) {
        return response(status, null, detail, List.of(), request);
    }

    private static String instance(PortableRequest request) {
        if (request.isHttp() && request.path() != null && request.path().startsWith("/")) {
            return request.path();
        }
        return "urn:polyfn:request:" + request.context().requestId();
    }
}
