package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian package) against a URL with the benchmark's POST body and parses its summary.
 * {@code run(uri, false)} -> {@code {requestsPerSecond=5812.3, p50Ms=2.1, p99Ms=34.0, errors=0}}.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

    private final Path script;
    private final int threads;
    private final int connections;
    private final int seconds;
    private final int warmupSeconds;

    Wrk(Path workDir, int threads, int connections, int seconds, int warmupSeconds) throws IOException {
        this.script = workDir.resolve("post.lua");
        this.threads = threads;
        this.connections = connections;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = \"" + HttpBench.BODY + "\"\n"
                + "wrk.headers[\"Content-Type\"] = \"text/plain\"\n", StandardCharsets.UTF_8);
    }

    String describe() {
        return "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s --latency (after a " + warmupSeconds
                + " s warm-up run)";
    }

    Map<String, Object> run(URI uri, boolean warmup) throws IOException, InterruptedException {
        int duration = warmup ? warmupSeconds : seconds;
        Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration + "s",
                "--latency", "-s", script.toString(), uri.toString())).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requestsPerSecond", number(RATE, out));
        result.put("p50Ms", millis(P50, out));
        result.put("p99Ms", millis(P99, out));
        Matcher errors = ERRORS.matcher(out);
        result.put("non2xx", errors.find() ? Long.parseLong(errors.group(1)) : 0L);
        if (result.get("requestsPerSecond") == null) {
            throw new IllegalStateException("wrk gave no summary: " + AwsBench.abbreviate(out));
        }
        return result;
    }

    private static Double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    private static Double millis(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
