package dev.polyfn.aws.alb;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Application Load Balancer event, in single- or multi-value mode. The load balancer passes query
 * parameters still URL-encoded; they are decoded here.
 *
 * <p>Example: {@code {"requestContext":{"elb":{...}},"httpMethod":"POST","path":"/orders",
 * "queryStringParameters":{"q":"a%20b"},...}} becomes {@code PortableRequest.http("POST", "/orders")} with query
 * {@code q=[a b]}.
 */
public final class AlbRequestMapper implements HttpTrigger.RequestMapper {

    @Override
    public PortableRequest.Builder toRequest(JsonNode event, InvocationContext context) {
        boolean multiValue = AlbResponseWriter.isMultiValue(event);
        Map<String, List<String>> query = multiValue
                ? EnvelopeReader.multiValued(event.path("multiValueQueryStringParameters"))
                : EnvelopeReader.singleValued(event.path("queryStringParameters"));
        return PortableRequest.http(event.path("httpMethod").asString("POST"), EnvelopeReader.text(event, "path"))
            .query(decoded(query))
            .headers(multiValue ? EnvelopeReader.multiValued(event.path("multiValueHeaders"))
                    : EnvelopeReader.singleValued(event.path("headers")));
    }

    private static Map<String, List<String>> decoded(Map<String, List<String>> query) {
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        query.forEach((name, values) -> decoded.put(decode(name), values.stream().map(AlbRequestMapper::decode).toList()));
        return decoded;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return s;
        }
    }
}
