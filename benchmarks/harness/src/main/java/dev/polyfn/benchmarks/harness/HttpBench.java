package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-to-first-answer, warm latency and (optionally) wrk throughput of HTTP servers run as child processes.
 * Every request is {@code POST <path>} with {@code Content-Type: text/plain} and the body {@code hello polyfn}.
 */
final class HttpBench {

    static final String BODY = "hello polyfn";

    private final String family;
    private final Path logs;
    private final Wrk wrk;

    HttpBench(String family, Path logs, Wrk wrk) {
        this.family = family;
        this.logs = logs;
        this.wrk = wrk;
    }

    /**
     * Runs every case {@code rounds} times in rotated order; {@code warm} sequential requests after the first answer;
     * in the first {@code wrkRounds} rounds, a wrk run (after a discarded warm-up run) when wrk is configured.
     */
    List<Map<String, Object>> run(List<HttpCase> cases, int rounds, int warm, int wrkRounds) throws Exception {
        Map<String, Result> results = new LinkedHashMap<>();
        List<HttpCase> ready = new ArrayList<>();
        for (HttpCase c : cases) {
            Result result = new Result(c);
            results.put(c.id(), result);
            if (c.directory() != null && !Files.isRegularFile(c.directory().resolve("app.aot"))) {
                result.failure = "not built: " + c.directory() + " has no app.aot (build with POLYFN_AOT_JAVA set)";
            }
            else if (Files.isRegularFile(c.artifact())) {
                ready.add(c);
            }
            else {
                result.failure = "not built: " + c.artifact() + " is missing";
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (HttpCase c : Rotation.of(ready, round)) {
                Result result = results.get(c.id());
                if (result.failure != null) {
                    continue;
                }
                try {
                    runOnce(c, result, warm, wrk != null && round < wrkRounds);
                }
                catch (Exception e) {
                    result.failure = "round " + round + ": " + e;
                }
                System.out.printf("%s %-12s round %d: %s%n", family, c.id(), round, result.lastSummary());
            }
        }
        return results.values().stream().map(Result::toMap).toList();
    }

    private void runOnce(HttpCase c, Result result, int warm, boolean underWrk) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(c.command().apply(port));
        if (c.directory() != null) {
            builder.directory(c.directory().toFile());
        }
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(c.env());
        builder.redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(family + "-" + c.id() + ".log").toFile()));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + c.path());
        long spawned = System.nanoTime();
        Process process = builder.start();
        try {
            HttpResponse<String> first = firstAnswer(client, uri, process);
            long answered = System.nanoTime();
            result.startMs.add((answered - spawned) / 1e6);
            result.rssKib.add(Processes.rssKib(process.pid()));
            if (result.answer == null) {
                result.answer = Map.of("status", first.statusCode(), "body", AwsBench.abbreviate(first.body()),
                        "contentType", first.headers().firstValue("Content-Type").orElse("(none)"));
            }
            for (int i = 0; i < warm; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request(uri), HttpResponse.BodyHandlers.ofString());
                result.warmMicros.add((System.nanoTime() - start) / 1e3);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("warm request answered " + response.statusCode());
                }
            }
            if (underWrk) {
                wrk.run(uri, true);
                result.wrk.add(wrk.run(uri, false));
            }
        }
        finally {
            Processes.kill(process);
        }
    }

    private static HttpResponse<String> firstAnswer(HttpClient client, URI uri, Process process) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before answering");
            }
            try {
                return client.send(request(uri), HttpResponse.BodyHandlers.ofString());
            }
            catch (ConnectException e) {
                Thread.sleep(2);
            }
            catch (IOException e) {
                // the port is open but the server is not ready yet
                Thread.sleep(2);
            }
        }
        throw new IllegalStateException("no answer within 120 s");
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class Result {
        final HttpCase c;
        final List<Double> startMs = new ArrayList<>();
        final List<Long> rssKib = new ArrayList<>();
        final List<Double> warmMicros = new ArrayList<>();
        final List<Map<String, Object>> wrk = new ArrayList<>();
        Map<String, Object> answer;
        String failure;

        Result(HttpCase c) {
            this.c = c;
        }

        String lastSummary() {
            if (failure != null) {
                return "FAILED " + failure;
            }
            return String.format("first answer %.0f ms, rss %.1f MB%s", startMs.get(startMs.size() - 1),
                    rssKib.get(rssKib.size() - 1) / 1024.0, wrk.isEmpty() ? "" : ", wrk " + wrk.get(wrk.size() - 1));
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.id());
            map.put("label", c.label());
            map.put("artifact", c.artifact().getFileName().toString());
            map.put("artifactBytes", c.artifact().toFile().length());
            map.put("failure", failure);
            map.put("startMs", startMs);
            map.put("rssKib", rssKib);
            double[] warm = warmMicros.stream().mapToDouble(Double::doubleValue).toArray();
            map.put("warmCount", warm.length);
            map.put("warmP50Micros", Stats.percentile(warm, 50));
            map.put("warmP99Micros", Stats.percentile(warm, 99));
            map.put("wrk", wrk);
            map.put("answer", answer);
            return map;
        }
    }
}
