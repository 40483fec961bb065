package dev.polyfn.aws.internal;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ResponseLimit;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP event shape end to end: its request mapper, core's invoker, its response writer. All three shapes carry
 * the body as {@code body} + {@code isBase64Encoded}, decoded here once. Never throws for bad input or a failing
 * function: every outcome is a proxy response (problems as {@code application/problem+json}). An answer larger, as
 * this shape's JSON, than the trigger carries (Lambda's 6 MB; 1 MB behind an ALB) is core's 502 problem instead.
 *
 * <p>Example: an API Gateway v1 {@code POST /uppercase} event with body {@code hi} answers
 * {@code {"statusCode":200,"headers":{"Content-Type":"text/plain;charset=UTF-8"},"body":"HI",...}}.
 */
public final class HttpTrigger {

    /** Reads a shape's method, path, query and headers (not its body). */
    @FunctionalInterface
    public interface RequestMapper {
        PortableRequest.Builder toRequest(JsonNode event, InvocationContext context);
    }

    /** Writes core's answer in the shape's response format; {@code event} tells request-dependent modes. */
    @FunctionalInterface
    public interface ResponseWriter {
        ObjectNode toResponse(PortableResponse response, JsonNode event);
    }

    private final RequestMapper requests;
    private final ResponseWriter responses;
    private final long maxResponseBytes;

    /** @param maxResponseBytes the largest proxy response, as JSON, the trigger carries (see {@link ResponseLimit}) */
    public HttpTrigger(RequestMapper requests, ResponseWriter responses, long maxResponseBytes) {
        this.requests = requests;
        this.responses = responses;
        this.maxResponseBytes = maxResponseBytes;
    }

    public ObjectNode handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        ResponseLimit limit = new ResponseLimit(maxResponseBytes == ResponseLimit.ALB_BYTES
                ? "an Application Load Balancer" : "AWS Lambda", maxResponseBytes,
                r -> JsonTrees.write(responses.toResponse(r, event)).length);
        PortableRequest.Builder request = PortableRequest.http("POST", null).context(context);
        PortableResponse response;
        try {
            request = requests.toRequest(event, context).context(context);
            byte[] body = HttpBodies.decode(EnvelopeReader.text(event, "body"),
                    event.path("isBase64Encoded").asBoolean(false));
            response = invoker.invoke(request.body(body).build(), limit);
        }
        catch (UndecodableBodyException e) {
            response = invoker.reject(request.build(), 400, e.getMessage());
        }
        catch (Throwable e) {
            // a malformed envelope (a ProblemException: 400), or a bug of the envelope code itself (an Error
            // included: 500, its cause logged): still a problem, never a crash of the runtime client's loop
            response = invoker.failed(request.build(), e);
        }
        return responses.toResponse(response, event);
    }
}
