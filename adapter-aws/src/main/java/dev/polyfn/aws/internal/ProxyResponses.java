package dev.polyfn.aws.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.polyfn.core.PortableResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts every Lambda proxy response shares (API Gateway v1/v2, ALB): status, headers with Content-Type, and a
 * body that is text or base64.
 *
 * <p>Example: a response of {@code image/png} bytes becomes {@code "body":"iVBORw0...","isBase64Encoded":true};
 * {@code application/json} stays text with {@code "isBase64Encoded":false}.
 */
public final class ProxyResponses {

    private ProxyResponses() {
    }

    /** The response headers: {@code Content-Type} first, then those the function chose (already filtered by core). */
    public static Map<String, String> headers(PortableResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", response.contentType());
        headers.putAll(response.headers());
        return headers;
    }

    /** {@code "headers":{"Content-Type":"text/plain"}}. */
    public static void putHeaders(ObjectNode target, PortableResponse response) {
        ObjectNode headers = target.putObject("headers");
        headers(response).forEach(headers::put);
    }

    /** {@code "multiValueHeaders":{"Content-Type":["text/plain"]}}. */
    public static void putMultiValueHeaders(ObjectNode target, PortableResponse response) {
        ObjectNode headers = target.putObject("multiValueHeaders");
        headers(response).forEach((name, value) -> headers.putArray(name).add(value));
    }

    /** Sets {@code body} and {@code isBase64Encoded}: binary content types travel as base64. */
    public static void putBody(ObjectNode target, PortableResponse response) {
        boolean binary = response.body().length > 0 && !isText(response.contentType());
        target.put("body", binary ? Base64.getEncoder().encodeToString(response.body()) : response.bodyAsString());
        target.put("isBase64Encoded", binary);
    }

    /** Text types travel as text: {@code text/*}, JSON, XML, JavaScript, form data, YAML. */
    static boolean isText(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String media = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return media.startsWith("text/") || media.equals("application/json") || media.endsWith("+json")
                || media.equals("application/xml") || media.endsWith("+xml") || media.equals("application/javascript")
                || media.equals("application/x-www-form-urlencoded") || media.equals("application/x-ndjson")
                || media.equals("application/yaml");
    }
}
