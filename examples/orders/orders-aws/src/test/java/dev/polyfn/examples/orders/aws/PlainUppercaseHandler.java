package dev.polyfn.examples.orders.aws;

import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/**
 * The baseline of the cold-start comparison: a hand-written Lambda handler doing uppercase's work on an API Gateway
 * v1 event, with the runtime client's own event serialization (how a plain Java Lambda is usually written).
 */
public class PlainUppercaseHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return new APIGatewayProxyResponseEvent()
            .withStatusCode(200)
            .withHeaders(Map.of("Content-Type", "text/plain;charset=UTF-8"))
            .withBody(event.getBody() == null ? "" : event.getBody().toUpperCase(Locale.ROOT))
            .withIsBase64Encoded(false);
    }
}
