package dev.polyfn.aws;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.testkit.Observed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP event shapes as a client of the adapter sees them: a portable request wrapped in the shape's event (a
 * fixture with method, path, headers and body replaced), and the shape's response decoded back to
 * {@link Observed}. Bodies that are not UTF-8 text travel base64, as API Gateway and ALB send binary bodies.
 */
enum HttpEnvelope {
    API_GATEWAY_V1("apigw-v1-uppercase.json"),
    API_GATEWAY_V2("apigw-v2-create-order.json"),
    ALB("alb-uppercase.json"),
    ALB_MULTI_VALUE("alb-multivalue-create-order.json");

    private final String template;

    HttpEnvelope(String template) {
        this.template = template;
    }

    byte[] encode(PortableRequest request) {
        ObjectNode event = Fixtures.tree(template);
        Map<String, List<String>> headers = request.headers();
        switch (this) {
            case API_GATEWAY_V1 -> {
                event.put("httpMethod", request.method()).put("path", request.path()).put("resource", request.path());
                // API Gateway REST decodes the query before the event: values arrive decoded
                event.putNull("queryStringParameters").putNull("multiValueQueryStringParameters");
                if (!request.query().isEmpty()) {
                    ObjectNode q = event.putObject("multiValueQueryStringParameters");
                    request.query().forEach((name, values) -> values.forEach(v -> q.withArray(
                            dev.polyfn.core.rules.QueryStrings.decode(name)).add(dev.polyfn.core.rules.QueryStrings.decode(v))));
                }
                ObjectNode single = event.putObject("headers");
                ObjectNode multi = event.putObject("multiValueHeaders");
                headers.forEach((name, values) -> {
                    single.put(name, values.get(values.size() - 1));
                    values.forEach(multi.putArray(name)::add);
                });
            }
            case API_GATEWAY_V2 -> {
                event.put("rawPath", request.path()).put("rawQueryString", rawQuery(request))
                    .put("routeKey", request.method() + " " + request.path());
                event.remove(List.of("cookies", "queryStringParameters"));
                ((ObjectNode) event.path("requestContext").path("http")).put("method", request.method())
                    .put("path", request.path());
                ObjectNode single = event.putObject("headers");
                headers.forEach((name, values) -> single.put(name, String.join(",", values)));
            }
            case ALB -> {
                event.put("httpMethod", request.method()).put("path", request.path());
                // ALB passes query values still encoded
                ObjectNode q = event.putObject("queryStringParameters");
                request.query().forEach((name, values) -> q.put(name, values.get(values.size() - 1)));
                ObjectNode single = event.putObject("headers");
                headers.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
            }
            case ALB_MULTI_VALUE -> {
                event.put("httpMethod", request.method()).put("path", request.path());
                ObjectNode q = event.putObject("multiValueQueryStringParameters");
                request.query().forEach((name, values) -> values.forEach(q.withArray(name)::add));
                ObjectNode multi = event.putObject("multiValueHeaders");
                headers.forEach((name, values) -> values.forEach(multi.putArray(name)::add));
            }
        }
        String text = utf8(request.body());
        event.put("body", text != null ? text : Base64.getEncoder().encodeToString(request.body()));
        event.put("isBase64Encoded", text == null);
        return Fixtures.write(event);
    }

    Observed decode(byte[] response) {
        JsonNode out = Fixtures.read(response);
        String contentType = out.path("headers").path("Content-Type").asString(null);
        if (this == ALB_MULTI_VALUE || contentType == null) {
            contentType = out.path("multiValueHeaders").path("Content-Type").path(0).asString(null);
        }
        String body = out.path("body").asString("");
        byte[] bytes = out.path("isBase64Encoded").asBoolean()
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new Observed(out.path("statusCode").asInt(), contentType, bytes);
    }

    private static String rawQuery(PortableRequest request) {
        return String.join("&", request.query().entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v)).toList());
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        }
        catch (CharacterCodingException e) {
            return null;
        }
    }
}
