package dev.polyfn.examples.orders.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.testkit.Observed;

/** Sends portable requests to the running web app over real HTTP, and reads the answers back. */
final class LocalHttp {

    /** Headers the JDK client sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    LocalHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Observed send(PortableRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
            .timeout(Duration.ofSeconds(30))
            .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return send(builder.build());
    }

    Observed send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Observed(response.statusCode(), response.headers().firstValue("content-type").orElse(null),
                    response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Observed get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }
}
