package dev.polyfn.benchmarks.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of one Lambda process running several invocations at once (Lambda Managed Instances): the runtime
 * client started with {@code AWS_LAMBDA_MAX_CONCURRENCY=N}, and N driver threads each keeping one invocation
 * outstanding (queue an event, await its answer, queue the next) for a fixed time after a discarded warm-up.
 * Reports invocations per second, the latency of each invocation (event dispatched to answer received) and the
 * highest number of invocations the emulator saw outstanding at once, which shows they really overlapped.
 */
final class AwsConcurrencyBench {

    private final AwsBench aws;
    private final byte[] event;
    private final int concurrency;
    private final int warmSeconds;
    private final int seconds;

    AwsConcurrencyBench(AwsBench aws, byte[] event, int concurrency, int warmSeconds, int seconds) {
        this.aws = aws;
        this.event = event;
        this.concurrency = concurrency;
        this.warmSeconds = warmSeconds;
        this.seconds = seconds;
    }

    /** The case as deployed with {@code AWS_LAMBDA_MAX_CONCURRENCY} set (its own task root). */
    AwsCase concurrent(AwsCase c) {
        Map<String, String> env = new LinkedHashMap<>(c.env());
        env.put("AWS_LAMBDA_MAX_CONCURRENCY", Integer.toString(concurrency));
        return new AwsCase(c.id() + "-c" + concurrency, c.label() + ", " + concurrency + " concurrent", c.lever(),
                c.artifact(), c.handler(), Map.copyOf(env), c.java(), c.classPath());
    }

    List<Map<String, Object>> run(List<AwsCase> cases, int rounds) {
        Map<String, Result> results = new LinkedHashMap<>();
        List<AwsCase> ready = new ArrayList<>();
        for (AwsCase base : cases) {
            AwsCase c = concurrent(base);
            Result result = new Result(c);
            results.put(c.id(), result);
            try {
                if (!java.nio.file.Files.isRegularFile(c.artifact())) {
                    throw new IllegalStateException("not built: " + c.artifact() + " is missing");
                }
                aws.prepare(c);
                ready.add(c);
            }
            catch (Exception e) {
                result.failure = e.getMessage();
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (AwsCase c : Rotation.of(ready, round)) {
                Result result = results.get(c.id());
                if (result.failure != null) {
                    continue;
                }
                try {
                    result.runs.add(runOnce(c));
                }
                catch (Exception e) {
                    result.failure = "round " + round + ": " + e.getMessage();
                }
                System.out.printf("aws-c%d %-14s round %d: %s%n", concurrency, c.id(), round, result.lastSummary());
            }
        }
        return results.values().stream().map(Result::toMap).toList();
    }

    private Run runOnce(AwsCase c) throws Exception {
        try (LambdaRuntimeApiEmulator api = new LambdaRuntimeApiEmulator()) {
            var first = api.invoke(event);
            Process process = aws.launch(c, api);
            ExecutorService drivers = Executors.newFixedThreadPool(concurrency);
            try {
                AwsBench.awaitAnswer(first, process);
                load(api, process, drivers, warmSeconds);
                api.maxOutstanding();
                long started = System.nanoTime();
                List<double[]> lanes = load(api, process, drivers, seconds);
                double elapsed = (System.nanoTime() - started) / 1e9;
                double[] micros = lanes.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
                return new Run(micros.length / elapsed, micros, api.maxOutstanding());
            }
            finally {
                drivers.shutdownNow();
                Processes.kill(process);
            }
        }
    }

    /** {@code concurrency} lanes, each invoking back to back for {@code secs}; the latencies of each lane. */
    private List<double[]> load(LambdaRuntimeApiEmulator api, Process process, ExecutorService drivers, int secs)
            throws Exception {
        long end = System.nanoTime() + secs * 1_000_000_000L;
        List<Future<double[]>> lanes = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            lanes.add(drivers.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    LambdaRuntimeApiEmulator.Answer answer = await(api.invoke(event), process);
                    if (answer.error()) {
                        throw new IllegalStateException("the function failed: " + AwsBench.abbreviate(answer.body()));
                    }
                    latencies.add(answer.latencyNanos() / 1e3);
                }
                return latencies.stream().mapToDouble(Double::doubleValue).toArray();
            }));
        }
        List<double[]> out = new ArrayList<>();
        for (Future<double[]> lane : lanes) {
            try {
                out.add(lane.get());
            }
            catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return out;
    }

    /** Like {@code AwsBench.awaitAnswer} without a dependent on the process's exit per invocation (thousands here). */
    private static LambdaRuntimeApiEmulator.Answer await(
            java.util.concurrent.CompletableFuture<LambdaRuntimeApiEmulator.Answer> answer, Process process)
            throws Exception {
        try {
            return answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(process.isAlive() ? "no answer within 60 s"
                    : "the runtime exited with " + process.exitValue() + " (see its log)");
        }
    }

    private record Run(double perSecond, double[] micros, int maxOutstanding) {
    }

    private final class Result {
        final AwsCase c;
        final List<Run> runs = new ArrayList<>();
        String failure;

        Result(AwsCase c) {
            this.c = c;
        }

        String lastSummary() {
            if (failure != null) {
                return "FAILED " + failure;
            }
            Run run = runs.get(runs.size() - 1);
            return String.format("%.0f invocations/s, p50 %.0f us, p99 %.0f us, at most %d outstanding",
                    run.perSecond(), Stats.percentile(run.micros(), 50), Stats.percentile(run.micros(), 99),
                    run.maxOutstanding());
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.id());
            map.put("label", c.label());
            map.put("concurrency", concurrency);
            map.put("seconds", seconds);
            map.put("failure", failure);
            map.put("invocationsPerSecond", runs.stream().map(Run::perSecond).toList());
            map.put("maxOutstanding", runs.stream().map(Run::maxOutstanding).toList());
            double[] all = runs.stream().flatMapToDouble(r -> java.util.Arrays.stream(r.micros())).toArray();
            map.put("count", all.length);
            map.put("p50Micros", Stats.percentile(all, 50));
            map.put("p99Micros", Stats.percentile(all, 99));
            return map;
        }
    }
}
