package dev.polyfn.benchmarks.plain;

import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/**
 * The baseline a developer writes by hand: an API Gateway REST (v1) handler that upper-cases the text body.
 * {@code body "hello polyfn"} -> {@code 200 text/plain "HELLO POLYFN"}.
 */
public class PlainUppercaseHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String body = event.getBody() == null ? "" : event.getBody();
        return new APIGatewayProxyResponseEvent()
            .withStatusCode(200)
            .withHeaders(Map.of("Content-Type", "text/plain;charset=UTF-8"))
            .withBody(body.toUpperCase(Locale.ROOT))
            .withIsBase64Encoded(false);
    }
}
