package dev.polyfn.aws.alb;

import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.aws.internal.ProxyResponses;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.ReasonPhrases;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an Application Load Balancer response: {@code statusDescription} like {@code "200 OK"}, and headers in the
 * mode the request used ({@code multiValueHeaders} when the target group has multi-value headers enabled, which the
 * load balancer requires; {@code headers} otherwise).
 *
 * <p>Example: {@code 415} in single-value mode becomes {@code {"statusCode":415,"statusDescription":
 * "415 Unsupported Media Type","headers":{"Content-Type":"application/problem+json"},"body":"{...}",
 * "isBase64Encoded":false}}.
 */
public final class AlbResponseWriter implements HttpTrigger.ResponseWriter {


    @Override
    public ObjectNode toResponse(PortableResponse response, JsonNode event) {
        ObjectNode out = JsonTrees.object();
        out.put("statusCode", response.status());
        out.put("statusDescription", statusDescription(response.status()));
        if (isMultiValue(event)) {
            ProxyResponses.putMultiValueHeaders(out, response);
        }
        else {
            ProxyResponses.putHeaders(out, response);
        }
        ProxyResponses.putBody(out, response);
        return out;
    }

    /** {@code 200} -> {@code "200 OK"}. */
    static String statusDescription(int status) {
        String reason = ReasonPhrases.of(status);
        return reason == null ? String.valueOf(status) : status + " " + reason;
    }

    /** The load balancer sends {@code multiValueHeaders} (and no {@code headers}) when multi-value mode is on. */
    static boolean isMultiValue(JsonNode event) {
        return event.path("multiValueHeaders").isObject();
    }
}
