package dev.polyfn.aws.alb;

import java.util.List;
import java.util.Map;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.rules.QueryStrings;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Application Load Balancer event, in single- or multi-value mode. The load balancer passes query
 * parameters still URL-encoded; they are decoded by core's {@link QueryStrings}.
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
            .query(QueryStrings.decodeAll(query))
            .headers(multiValue ? EnvelopeReader.multiValued(event.path("multiValueHeaders"))
                    : EnvelopeReader.singleValued(event.path("headers")));
    }
}
