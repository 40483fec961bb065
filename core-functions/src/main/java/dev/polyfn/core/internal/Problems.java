package dev.polyfn.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.Problem;

/**
 * Renders every error answer of Polyfn as RFC 9457 {@code application/problem+json}. The body has a fixed shape, so
 * it is written directly: an error answer never waits for the JSON mapper to be built.
 */
public final class Problems {

    public static final String GENERIC_DETAIL = "The function failed unexpectedly. Quote the request id when reporting it.";

    public static String title(int status) {
        String phrase = ReasonPhrases.of(status);
        return phrase != null ? phrase : status < 500 ? "Bad Request" : "Internal Server Error";
    }

    public PortableResponse response(int status, String title, String detail, List<Problem.FieldError> errors,
            PortableRequest request) {
        Problem problem = new Problem("about:blank", title == null ? title(status) : title, status,
                detail == null || detail.isBlank() ? title(status) : detail, instance(request), errors);
        return new PortableResponse(status, PortableResponse.PROBLEM_JSON,
                toJson(problem).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public PortableResponse response(int status, String detail, PortableRequest request) {
        return response(status, null, detail, List.of(), request);
    }

    public static String toJson(Problem problem) {
        StringBuilder json = new StringBuilder(256).append("{\"type\":");
        JsonText.quote(json, problem.type()).append(",\"title\":");
        JsonText.quote(json, problem.title()).append(",\"status\":").append(problem.status()).append(",\"detail\":");
        JsonText.quote(json, problem.detail()).append(",\"instance\":");
        JsonText.quote(json, problem.instance()).append(",\"errors\":[");
        for (int i = 0; i < problem.errors().size(); i++) {
            Problem.FieldError error = problem.errors().get(i);
            json.append(i == 0 ? "{\"field\":" : ",{\"field\":");
            JsonText.quote(json, error.field()).append(",\"message\":");
            JsonText.quote(json, error.message()).append('}');
        }
        return json.append("]}").toString();
    }

    private static String instance(PortableRequest request) {
        if (request.isHttp() && request.path() != null && request.path().startsWith("/")) {
            return request.path();
        }
        return "urn:polyfn:request:" + request.context().requestId();
    }
}
