package dev.polyfn.aws.apigw.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.rules.QueryStrings;
import tools.jackson.databind.JsonNode;

/**
 * Reads an HTTP API (payload 2.0) or Function URL event: method from {@code requestContext.http}, the raw path,
 * repeated query parameters from {@code rawQueryString} (decoded by core's {@link QueryStrings}), headers (repeated values arrive comma-joined), and
 * {@code cookies} as one {@code cookie} header.
 *
 * <p>Example: {@code {"version":"2.0","rawPath":"/orders","rawQueryString":"a=1&a=2","requestContext":{"http":
 * {"method":"POST"}},...}} becomes {@code PortableRequest.http("POST", "/orders")} with query {@code a=[1, 2]}.
 */
public final class ApiGwV2RequestMapper implements HttpTrigger.RequestMapper {

    @Override
    public PortableRequest.Builder toRequest(JsonNode event, InvocationContext context) {
        JsonNode http = event.path("requestContext").path("http");
        String path = EnvelopeReader.text(event, "rawPath");
        PortableRequest.Builder request = PortableRequest.http(http.path("method").asString("POST"),
                path != null ? path : EnvelopeReader.text(http, "path"))
            .query(query(event))
            .headers(EnvelopeReader.singleValued(event.path("headers")));
        List<String> cookies = new ArrayList<>();
        event.path("cookies").forEach(cookie -> cookies.add(EnvelopeReader.scalar(cookie, "cookies")));
        if (!cookies.isEmpty()) {
            request.header("cookie", String.join("; ", cookies));
        }
        return request;
    }

    private static Map<String, List<String>> query(JsonNode event) {
        String raw = EnvelopeReader.text(event, "rawQueryString");
        if (raw == null || raw.isEmpty()) {
            return EnvelopeReader.singleValued(event.path("queryStringParameters"));
        }
        return QueryStrings.parse(raw);
    }
}
