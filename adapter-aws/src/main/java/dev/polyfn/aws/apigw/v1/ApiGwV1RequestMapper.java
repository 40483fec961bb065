package dev.polyfn.aws.apigw.v1;

import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import tools.jackson.databind.JsonNode;

/**
 * Reads a REST API proxy event (payload 1.0): method, path, query and headers, preferring the multi-value maps
 * (which hold every value) over the single-value ones (which hold the last).
 *
 * <p>Example: {@code {"httpMethod":"POST","path":"/orders","multiValueQueryStringParameters":{"a":["1","2"]},...}}
 * becomes {@code PortableRequest.http("POST", "/orders")} with query {@code a=[1, 2]}.
 */
public final class ApiGwV1RequestMapper implements HttpTrigger.RequestMapper {

    @Override
    public PortableRequest.Builder toRequest(JsonNode event, InvocationContext context) {
        return PortableRequest.http(event.path("httpMethod").asString("POST"), EnvelopeReader.text(event, "path"))
            .query(event.path("multiValueQueryStringParameters").isObject()
                    ? EnvelopeReader.multiValued(event.path("multiValueQueryStringParameters"))
                    : EnvelopeReader.singleValued(event.path("queryStringParameters")))
            .headers(event.path("multiValueHeaders").isObject()
                    ? EnvelopeReader.multiValued(event.path("multiValueHeaders"))
                    : EnvelopeReader.singleValued(event.path("headers")));
    }
}
