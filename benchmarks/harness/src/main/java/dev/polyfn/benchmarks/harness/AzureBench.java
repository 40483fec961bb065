package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.polyfn.azure.testing.AzureHostEmulator;
import dev.polyfn.azure.testing.AzureInvocation;
import dev.polyfn.azure.testing.HostHttpRequest;

/**
 * Worker start to first HTTP answer, warm latency and memory of Azure Functions apps under Microsoft's Java worker,
 * driven by Polyfn's host emulator (the host's side of FunctionRpc, as in the example's end-to-end tests). Every
 * request is {@code POST /api/uppercase}, text/plain {@code hello polyfn}, shaped as the host sends it.
 */
final class AzureBench {

    private final Path logs;

    AzureBench(Path logs) {
        this.logs = logs;
    }

    /** A function app folder (staging folder of azure-functions-maven-plugin) and the app settings it runs with. */
    record AzureCase(String id, String label, Path app, Map<String, String> settings) {
    }

    List<Map<String, Object>> run(List<AzureCase> cases, int rounds, int warm) {
        Map<String, Result> results = new LinkedHashMap<>();
        List<AzureCase> ready = new ArrayList<>();
        for (AzureCase c : cases) {
            Result result = new Result(c);
            results.put(c.id(), result);
            if (Files.isRegularFile(c.app().resolve("host.json"))) {
                ready.add(c);
            }
            else {
                result.failure = "not built: " + c.app() + " is missing";
            }
        }
        warmUpEmulator(ready);
        for (int round = 0; round < rounds; round++) {
            for (AzureCase c : Rotation.of(ready, round)) {
                Result result = results.get(c.id());
                if (result.failure != null) {
                    continue;
                }
                try {
                    runOnce(c, result, warm);
                }
                catch (Exception | AssertionError e) {
                    result.failure = "round " + round + ": " + e;
                }
                System.out.printf("azure %-14s round %d: %s%n", c.id(), round, result.lastSummary());
            }
        }
        return results.values().stream().map(Result::toMap).toList();
    }

    /**
     * One discarded start: the emulator runs in this JVM, which the host's side of the stream should not slow down
     * while cold (the real host is a warm .NET process); it is the same for every case, and no case's round pays it.
     */
    private static void warmUpEmulator(List<AzureCase> ready) {
        for (AzureCase c : ready) {
            try (AzureHostEmulator host = AzureHostEmulator.start(c.app(), c.settings())) {
                host.http(request());
            }
            catch (RuntimeException | AssertionError e) {
                System.out.printf("azure warm-up of %s failed: %s%n", c.id(), e);
            }
        }
    }

    private void runOnce(AzureCase c, Result result, int warm) throws IOException {
        try (AzureHostEmulator host = AzureHostEmulator.start(c.app(), c.settings())) {
            AzureInvocation.HttpAnswer first = host.http(request());
            long answered = System.nanoTime();
            result.startMs.add((answered - host.workerStartNanos()) / 1e6);
            result.rssKib.add(Processes.rssKib(host.workerPid()));
            result.answer = Map.of("status", first.status(), "contentType", String.valueOf(first.header("Content-Type")),
                    "body", first.text());
            for (int i = 0; i < warm; i++) {
                long sent = System.nanoTime();
                host.http(request());
                result.warmMicros.add((System.nanoTime() - sent) / 1e3);
            }
            Files.writeString(logs.resolve("azure-" + c.id() + ".log"), host.workerOutput(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static HostHttpRequest request() {
        return HostHttpRequest.post("/api/uppercase").body(HttpBench.BODY, "text/plain");
    }

    static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        catch (IOException e) {
            return 0;
        }
    }

    private static final class Result {
        final AzureCase c;
        final List<Double> startMs = new ArrayList<>();
        final List<Long> rssKib = new ArrayList<>();
        final List<Double> warmMicros = new ArrayList<>();
        Map<String, Object> answer;
        String failure;

        Result(AzureCase c) {
            this.c = c;
        }

        String lastSummary() {
            if (failure != null) {
                return "FAILED " + failure;
            }
            return String.format("first answer %.0f ms, rss %.1f MB", startMs.get(startMs.size() - 1),
                    rssKib.get(rssKib.size() - 1) / 1024.0);
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.id());
            map.put("label", c.label());
            map.put("artifact", c.app().getFileName().toString());
            map.put("artifactBytes", folderBytes(c.app()));
            map.put("failure", failure);
            map.put("startMs", startMs);
            map.put("rssKib", rssKib);
            double[] warm = warmMicros.stream().mapToDouble(Double::doubleValue).toArray();
            map.put("warmCount", warm.length);
            map.put("warmP50Micros", Stats.percentile(warm, 50));
            map.put("warmP99Micros", Stats.percentile(warm, 99));
            map.put("answer", answer);
            return map;
        }
    }
}
