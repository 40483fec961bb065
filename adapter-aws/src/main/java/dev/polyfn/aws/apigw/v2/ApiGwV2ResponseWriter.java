package dev.polyfn.aws.apigw.v2;

import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.aws.internal.ProxyResponses;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an HTTP API (payload 2.0) / Function URL response in its explicit form, so API Gateway never guesses.
 *
 * <p>Example: {@code 200 application/json {"a":1}} becomes {@code {"statusCode":200,"headers":{"Content-Type":
 * "application/json"},"body":"{\"a\":1}","isBase64Encoded":false}}.
 */
public final class ApiGwV2ResponseWriter implements HttpTrigger.ResponseWriter {


    @Override
    public ObjectNode toResponse(PortableResponse response, JsonNode event) {
        ObjectNode out = JsonTrees.object();
        out.put("statusCode", response.status());
        ProxyResponses.putHeaders(out, response);
        ProxyResponses.putBody(out, response);
        return out;
    }
}
