package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmark families and writes {@code results.json} for the report.
 *
 * <p>Usage: {@code java -cp harness.jar dev.polyfn.benchmarks.harness.Main --root <repo> --out <dir>
 * [--rounds 10] [--warm 2000] [--families aws,gcp,azure,web,concurrency] [--wrk-seconds 10] [--wrk-rounds 2]
 * [--concurrency-seconds 8] [--concurrency-rounds 4] [--java25 <java>] [--cases polyfn,plain] [--no-levers]
 * [--aws-extra-flags "-Xlog:class+load:file=x.log"] [--variant name:KEY=VALUE,KEY=VALUE]}.
 * A case whose artifact is missing is reported as not built; the others still run. {@code --cases} keeps only the
 * named cases and {@code --aws-extra-flags} adds JVM flags to the AWS runs (for profiling, not for the report);
 * {@code --variant} adds a copy of the Polyfn AWS case ({@code polyfn-<name>}) with further environment variables,
 * interleaved with the others, for A/B trials of a setting (not for the report).
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path root = Path.of(options.getOrDefault("root", "..")).toAbsolutePath().normalize();
        Path out = Path.of(options.getOrDefault("out", "target/results")).toAbsolutePath().normalize();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int warm = Integer.parseInt(options.getOrDefault("warm", "2000"));
        Set<String> families = Set.of(options.getOrDefault("families", "aws,gcp,azure,web,concurrency").split(","));
        Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
        Path java25 = Path.of(options.getOrDefault("java25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
        Path bench = root.resolve("benchmarks");
        Path logs = out.resolve("logs");
        Files.createDirectories(logs);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("meta", Machine.describe(java17, java25, rounds, warm));
        long started = System.nanoTime();
        Path runtime = bench.resolve("harness/target/lambda-runtime");
        byte[] event = Main.class.getResourceAsStream("/events/apigw-v1-uppercase.json").readAllBytes();
        List<String> extra = options.containsKey("aws-extra-flags")
                ? List.of(options.get("aws-extra-flags").trim().split("\\s+")) : List.of();
        AwsBench aws = new AwsBench(runtime, out.resolve("work/aws"), logs, event, extra);
        if (families.contains("aws")) {
            results.put("awsJvmFlags", AwsBench.LAMBDA_JVM_FLAGS);
            results.put("leverWarm", AwsBench.LEVER_WARM);
            results.put("aws", aws.run(selected(Cases.withVariant(Cases.aws(root, java17, java25, options.containsKey("no-levers")),
                    options.get("variant")),
                    AwsCase::id, options), rounds, warm));
        }
        if (families.contains("gcp")) {
            Path invoker = bench.resolve("harness/target/gcp-invoker/java-function-invoker-2.0.0.jar");
            int gcpWarm = Integer.parseInt(options.getOrDefault("gcp-warm", Integer.toString(Math.min(warm, 1000))));
            results.put("gcp", new HttpBench("gcp", logs, null).run(selected(Cases.withGcpVariant(Cases.gcp(root,
                    java17, invoker, options.containsKey("no-levers") ? null : java25), options.get("variant")),
                    HttpCase::id, options), rounds, gcpWarm, 0));
        }
        if (families.contains("azure")) {
            int azureWarm = Integer.parseInt(options.getOrDefault("azure-warm", Integer.toString(Math.min(warm, 1000))));
            results.put("azure", new AzureBench(logs).run(selected(Cases.azure(root), AzureBench.AzureCase::id, options),
                    rounds, azureWarm));
        }
        if (families.contains("web")) {
            int seconds = Integer.parseInt(options.getOrDefault("wrk-seconds", "10"));
            Wrk wrk = new Wrk(out, 2, 16, seconds, 3);
            results.put("wrk", wrk.describe());
            results.put("web", new HttpBench("web", logs, wrk).run(selected(Cases.web(root, java17), HttpCase::id, options), rounds, 0,
                    Integer.parseInt(options.getOrDefault("wrk-rounds", "2"))));
        }
        if (families.contains("concurrency")) {
            concurrency(options, root, java17, java25, bench, out, logs, aws, event, results);
        }
        results.put("harnessSeconds", (System.nanoTime() - started) / 1e9);
        Files.writeString(out.resolve("results.json"), Json.write(results), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.resolve("results.json"));
    }

    /**
     * Throughput under concurrency against the plain baselines: Lambda with {@code AWS_LAMBDA_MAX_CONCURRENCY=8}
     * (eight invocations outstanding), the GCP invoker under wrk with 32 connections.
     */
    private static void concurrency(Map<String, String> options, Path root, Path java17, Path java25, Path bench,
            Path out, Path logs, AwsBench aws, byte[] event, Map<String, Object> results) throws Exception {
        int seconds = Integer.parseInt(options.getOrDefault("concurrency-seconds", "8"));
        int rounds = Integer.parseInt(options.getOrDefault("concurrency-rounds", "4"));
        Set<String> wanted = Set.of("polyfn", "plain");
        List<AwsCase> lambda = selected(Cases.withVariant(Cases.aws(root, java17, java25, true).stream()
            .filter(c -> wanted.contains(c.id())).toList(), options.get("variant")), AwsCase::id, options);
        results.put("awsConcurrency", new AwsConcurrencyBench(aws, event, 8, Math.max(1, seconds / 2), seconds)
            .run(lambda, rounds));
        Path invoker = bench.resolve("harness/target/gcp-invoker/java-function-invoker-2.0.0.jar");
        Wrk wrk = new Wrk(out, 2, 32, seconds, Math.max(1, seconds / 2));
        results.put("gcpConcurrencyWrk", wrk.describe());
        results.put("gcpConcurrency", new HttpBench("gcp-c32", logs, wrk).run(selected(Cases.gcp(root, java17, invoker),
                HttpCase::id, options), rounds, 0, rounds));
    }

    private static <T> List<T> selected(List<T> cases, java.util.function.Function<T, String> id,
            Map<String, String> options) {
        if (!options.containsKey("cases")) {
            return cases;
        }
        Set<String> wanted = Set.of(options.get("cases").split(","));
        return cases.stream().filter(c -> wanted.contains(id.apply(c))).toList();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }

    /** The machine, JDKs and method, for the report's header. */
    static final class Machine {
        static Map<String, Object> describe(Path java17, Path java25, int rounds, int warm) throws IOException {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("date", Instant.now().toString());
            meta.put("cpu", cpuModel());
            meta.put("cores", Runtime.getRuntime().availableProcessors());
            meta.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
            meta.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            meta.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
            meta.put("java17", javaVersion(java17));
            meta.put("java25", Files.isExecutable(java25) ? javaVersion(java25) : "absent");
            meta.put("rounds", rounds);
            meta.put("warmInvocations", warm);
            return meta;
        }

        private static String cpuModel() throws IOException {
            return firstLine(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^model name\\s*:\\s*", "");
        }

        private static String firstLine(Path file, String prefix) throws IOException {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("?");
        }

        private static String javaVersion(Path java) {
            try {
                Process p = new ProcessBuilder(List.of(java.toString(), "-version")).redirectErrorStream(true).start();
                List<String> lines = new ArrayList<>(new String(p.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).lines().toList());
                p.waitFor();
                return lines.size() > 1 ? lines.get(1).trim() : String.join(" ", lines);
            }
            catch (IOException | InterruptedException e) {
                return "unknown: " + e.getMessage();
            }
        }
    }
}
