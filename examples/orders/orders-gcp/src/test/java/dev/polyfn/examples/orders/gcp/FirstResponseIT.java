package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Time from starting java-function-invoker to the first {@code uppercase} answer: orders-gcp.jar
 * ({@code PolyfnHttpFunction}) versus a plain {@code HttpFunction} doing the same work, interleaved, median of
 * {@code polyfn.measure.rounds} runs (default 5), with the extra invoker JVM options in
 * {@code polyfn.measure.jvm-options} (space-separated, e.g. {@code -XX:TieredStopAtLevel=1}). Opt-in, as it starts
 * many JVMs:
 * {@code ./mvnw -B -pl examples/orders/orders-gcp -am verify -Dpolyfn.measure=true -Dit.test=FirstResponseIT}.
 * Writes target/first-response.md.
 */
@EnabledIfSystemProperty(named = "polyfn.measure", matches = "true")
class FirstResponseIT {

    private static final byte[] HELLO = "hello polyfn".getBytes(StandardCharsets.UTF_8);

    @Test
    void measureFirstResponse() throws Exception {
        int rounds = Integer.getInteger("polyfn.measure.rounds", 5);
        String options = System.getProperty("polyfn.measure.jvm-options", "").trim();
        List<String> jvmOptions = options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        runs.put("orders-gcp.jar, PolyfnHttpFunction (uppercase)", new ArrayList<>());
        runs.put("plain HttpFunction (PlainUppercaseFunction)", new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            runs.get("orders-gcp.jar, PolyfnHttpFunction (uppercase)").add(firstResponse(
                    InvokerProcess.property("orders.gcp.jar"), InvokerProcess.HTTP_TARGET, "polyfn-" + round, jvmOptions));
            runs.get("plain HttpFunction (PlainUppercaseFunction)").add(firstResponse(
                    InvokerProcess.property("orders.gcp.baseline.jar"),
                    "dev.polyfn.examples.orders.gcp.baseline.PlainUppercaseFunction", "plain-" + round, jvmOptions));
        }
        StringBuilder report = new StringBuilder("JVM options: -Xmx256m " + String.join(" ", jvmOptions) + "\n\n"
                + "| handler | first response ms (median of " + rounds
                + ") | runs ms | RSS MiB after first response |\n|---|---|---|---|\n");
        runs.forEach((name, samples) -> report.append("| ").append(name).append(" | ").append(median(samples, 0))
            .append(" | ").append(samples.stream().map(s -> String.valueOf(s[0])).toList())
            .append(" | ").append(median(samples, 1) / 1024).append(" |\n"));
        Path out = Path.of(InvokerProcess.property("invoker.logs")).getParent().resolve("first-response.md");
        Files.writeString(out, report + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println(report);
    }

    /** Starts the invoker and sends {@code hello polyfn} until the first 200; returns {ms, RSS KiB}. */
    private static long[] firstResponse(String jar, String target, String name, List<String> jvmOptions)
            throws Exception {
        long start = System.nanoTime();
        try (InvokerProcess invoker = InvokerProcess.start(jar, target,
                Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "uppercase"), "measure-" + name, jvmOptions)) {
            while (true) {
                try {
                    Answer answer = GcpHttpClient.post(invoker.port(), "/", "text/plain", HELLO, Map.of());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertThat(answer.text()).isEqualTo("HELLO POLYFN");
                    return new long[] {millis, invoker.residentKib()};
                }
                catch (ConnectException notListeningYet) {
                    if (!invoker.isAlive()) {
                        throw new IOException("invoker exited:\n" + invoker.logTail());
                    }
                    Thread.sleep(5);
                }
            }
        }
    }

    private static long median(List<long[]> samples, int index) {
        long[] sorted = samples.stream().mapToLong(s -> s[index]).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
