package dev.polyfn.aws.apigw.v1;

import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.aws.internal.ProxyResponses;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a REST API proxy response (payload 1.0). Headers go in both {@code headers} and {@code multiValueHeaders}:
 * API Gateway merges the two, keeping the multi-value entry when a header is in both.
 *
 * <p>Example: {@code 200 text/plain "HI"} becomes {@code {"statusCode":200,"headers":{"Content-Type":"text/plain..."},
 * "multiValueHeaders":{"Content-Type":["text/plain..."]},"body":"HI","isBase64Encoded":false}}.
 */
public final class ApiGwV1ResponseWriter implements HttpTrigger.ResponseWriter {


    @Override
    public ObjectNode toResponse(PortableResponse response, JsonNode event) {
        ObjectNode out = JsonTrees.object();
        out.put("statusCode", response.status());
        ProxyResponses.putHeaders(out, response);
        ProxyResponses.putMultiValueHeaders(out, response);
        ProxyResponses.putBody(out, response);
        return out;
    }
}
