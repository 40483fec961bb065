package dev.polyfn.test.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.polyfn.aws.PolyfnHandler;
import dev.polyfn.core.rules.QueryStrings;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.HttpCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP call as API Gateway REST (payload 1.0), HTTP API (2.0), a Function URL or an ALB puts it in the Lambda
 * event: REST decodes the query and keeps every header value in {@code multiValueHeaders}; HTTP API and Function
 * URLs pass {@code rawQueryString} as sent and join repeated headers with commas, names in lower case; ALB passes
 * query values still encoded. Bodies that are not UTF-8 travel base64 ({@code isBase64Encoded}).
 */
public final class AwsHttpCarrier implements Carrier {

    /** The HTTP event shapes. */
    public enum Shape { V1, V2, FUNCTION_URL, ALB }

    private final Shape shape;

    public AwsHttpCarrier(Shape shape) {
        this.shape = shape;
    }

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        HttpCall http = (HttpCall) call;
        PolyfnHandler handler = deployments.entryPoint("aws", function, PolyfnHandler::new);
        return decode(AwsTemplates.read(AwsTemplates.invoke(handler, encode(http))));
    }

    private ObjectNode encode(HttpCall call) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        call.headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        Map<String, List<String>> query = QueryStrings.parse(call.query());
        ObjectNode event;
        switch (shape) {
            case V1 -> {
                event = AwsTemplates.template("apigw-v1-uppercase.json");
                event.put("httpMethod", call.method()).put("path", call.path()).put("resource", call.path());
                event.putNull("queryStringParameters").putNull("multiValueQueryStringParameters");
                if (!query.isEmpty()) {
                    ObjectNode single = event.putObject("queryStringParameters");
                    ObjectNode multi = event.putObject("multiValueQueryStringParameters");
                    query.forEach((name, values) -> {
                        single.put(name, values.get(values.size() - 1));
                        values.forEach(multi.putArray(name)::add);
                    });
                }
                ObjectNode single = event.putObject("headers");
                ObjectNode multi = event.putObject("multiValueHeaders");
                headers.forEach((name, values) -> {
                    single.put(name, values.get(values.size() - 1));
                    values.forEach(multi.putArray(name)::add);
                });
            }
            case V2, FUNCTION_URL -> {
                event = AwsTemplates.template(shape == Shape.V2 ? "apigw-v2-create-order.json"
                        : "function-url-uppercase.json");
                event.put("rawPath", call.path()).put("rawQueryString", call.query() == null ? "" : call.query())
                    .put("routeKey", shape == Shape.V2 ? call.method() + " " + call.path() : "$default");
                event.remove(List.of("cookies", "queryStringParameters"));
                if (!query.isEmpty()) {
                    ObjectNode decoded = event.putObject("queryStringParameters");
                    query.forEach((name, values) -> decoded.put(name, String.join(",", values)));
                }
                ((ObjectNode) event.path("requestContext").path("http")).put("method", call.method())
                    .put("path", call.path());
                ObjectNode single = event.putObject("headers");
                headers.forEach((name, values) -> single.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            }
            default -> {
                event = AwsTemplates.template("alb-uppercase.json");
                event.put("httpMethod", call.method()).put("path", call.path());
                ObjectNode encoded = event.putObject("queryStringParameters");
                if (call.query() != null) {
                    for (String pair : call.query().split("&")) {
                        int eq = pair.indexOf('=');
                        if (!pair.isEmpty()) {
                            encoded.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
                        }
                    }
                }
                ObjectNode single = event.putObject("headers");
                headers.forEach((name, values) -> single.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1)));
            }
        }
        byte[] body = call.body();
        String text = AwsTemplates.utf8(body);
        event.put("body", text != null ? text : Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", text == null);
        return event;
    }

    private static Answer decode(JsonNode response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
        response.path("multiValueHeaders").properties()
            .forEach(e -> headers.putIfAbsent(e.getKey(), e.getValue().path(0).asString()));
        String body = response.path("body").asString("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        String contentType = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        return new Answer(response.path("statusCode").asInt(), contentType, headers, bytes);
    }
}
