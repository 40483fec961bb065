package dev.polyfn.examples.orders.gcp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to an invoker like Google's front end does: plain HTTP requests, and CloudEvents in structured mode
 * ({@code application/cloudevents+json}) or binary mode ({@code ce-*} headers, the data as the body).
 */
final class GcpHttpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    enum Mode { STRUCTURED, BINARY }

    private GcpHttpClient() {
    }

    static Answer post(int port, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(port, path, contentType, BodyPublishers.ofByteArray(body), headers);
    }

    /** A body without Content-Length: the client sends it chunked. */
    static Answer postChunked(int port, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(port, path, contentType, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), Map.of());
    }

    /** Sends a structured-mode CloudEvent fixture as it is, or converted to binary mode. */
    static Answer cloudEvent(int port, byte[] structured, Mode mode) throws IOException, InterruptedException {
        if (mode == Mode.STRUCTURED) {
            return post(port, "/", "application/cloudevents+json", structured, Map.of());
        }
        JsonNode event = JSON.readTree(structured);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .timeout(Duration.ofSeconds(30));
        String contentType = "application/json";
        byte[] data = new byte[0];
        for (Map.Entry<String, JsonNode> attribute : event.properties()) {
            switch (attribute.getKey()) {
                case "data" -> data = attribute.getValue().isString()
                        ? attribute.getValue().stringValue().getBytes(StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(attribute.getValue());
                case "datacontenttype" -> contentType = attribute.getValue().stringValue();
                default -> request.header("ce-" + attribute.getKey(), attribute.getValue().asString());
            }
        }
        request.header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(data));
        var response = CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private static Answer send(int port, String path, String contentType, BodyPublisher body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        var response = CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }
}
