package dev.polyfn.examples.orders.gcp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

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

    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

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
        return binary(port, structured, null, null);
    }

    /**
     * Sends a CloudEvent fixture in binary mode with other data: {@code dataContentType} and {@code data} replace
     * the fixture's (e.g. Firestore's protobuf bytes, as Eventarc delivers them); null keeps the fixture's.
     */
    static Answer binary(int port, byte[] structured, String dataContentType, byte[] otherData)
            throws IOException, InterruptedException {
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
        if (otherData != null) {
            contentType = dataContentType;
            data = otherData;
        }
        request.header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(data));
        var response = CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), first(response.headers()));
    }

    /**
     * Sends a request line the JDK client refuses to build (e.g. a query with {@code %zz}) over a plain socket, with
     * {@code Connection: close}; reads a Content-Length, chunked or close-delimited answer.
     */
    static Answer raw(int port, String method, String target, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line(in);
                }
            }
            else if (headers.containsKey("Content-Length")) {
                content.write(in.readNBytes(Integer.parseInt(headers.get("Content-Length"))));
            }
            else {
                content.write(in.readAllBytes());
            }
            return new Answer(status, headers.get("Content-Type"), content.toByteArray(), headers);
        }
    }

    private static Map<String, String> first(java.net.http.HttpHeaders headers) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
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
                response.body(), first(response.headers()));
    }
}
