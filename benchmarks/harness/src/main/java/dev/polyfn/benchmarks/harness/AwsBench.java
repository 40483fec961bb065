package dev.polyfn.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * AWS cold start and warm path under the real runtime interface client: per case and round, spawn the runtime
 * (the managed Java runtime's flags), time spawn -> first answer, read VmRSS, then run the warm invocations.
 * Cases run one at a time (the client copies its JNI library to one fixed path in /tmp), in rotated order.
 */
final class AwsBench {

    /**
     * The flags of Lambda's managed java17/java21 bootstrap for a 512 MB function (heap = 85% of memory), plus
     * {@code -XX:MaxRAM=512m}, which stands in for the sandbox's physical memory (the default initial heap follows it).
     */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:MaxRAM=512m", "-XX:MaxHeapSize=445645k", "-XX:+UseSerialGC",
            "-Xshare:auto", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "-Djava.net.preferIPv4Stack=true",
            "-XX:+ErrorFileToStderr");

    /** Like Lambda's bootstrap, the runtime client loads its JNI library from a fixed path (no copy to /tmp). */
    static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    /** Lever rows are about the cold start; a short warm run checks they still serve. */
    static final int LEVER_WARM = 200;

    private static final Pattern BODY = Pattern.compile("\"body\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|null)");
    private static final Pattern CONTENT_TYPE = Pattern.compile("\"content-type\"\\s*:\\s*\\[?\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    private final Path runtimeJars;
    private final Path work;
    private final Path logs;
    private final byte[] event;
    private final Path jni;
    private final List<String> extraFlags;

    AwsBench(Path runtimeJars, Path work, Path logs, byte[] event, List<String> extraFlags) throws IOException {
        this.extraFlags = extraFlags;
        this.runtimeJars = runtimeJars;
        this.work = work;
        this.logs = logs;
        this.event = event;
        this.jni = extractJni(runtimeJars, work);
    }

    private static Path extractJni(Path runtimeJars, Path work) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch_64" : "x86_64";
        String name = "libaws-lambda-jni.linux-" + arch + ".so";
        Path target = work.resolve("jni").resolve(name);
        Files.createDirectories(target.getParent());
        try (var jars = Files.list(runtimeJars)) {
            Path ric = jars.filter(p -> p.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))
                .findFirst().orElseThrow(() -> new IOException("no runtime interface client in " + runtimeJars));
            try (var zip = new java.util.zip.ZipFile(ric.toFile())) {
                ZipEntry entry = zip.getEntry("jni/" + name);
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target.toAbsolutePath();
    }

    List<Map<String, Object>> run(List<AwsCase> cases, int rounds, int warm) throws Exception {
        Map<String, CaseResult> results = new LinkedHashMap<>();
        List<AwsCase> ready = new ArrayList<>();
        for (AwsCase c : cases) {
            CaseResult result = new CaseResult(c);
            results.put(c.id(), result);
            if (!Files.isRegularFile(c.artifact())) {
                result.failure = "not built: " + c.artifact() + " is missing";
                continue;
            }
            try {
                prepare(c);
                ready.add(c);
            }
            catch (Exception e) {
                result.failure = "preparation failed: " + e.getMessage();
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (AwsCase c : Rotation.of(ready, round)) {
                CaseResult result = results.get(c.id());
                if (result.failure != null) {
                    continue;
                }
                try {
                    result.add(runOnce(c, c.lever() == AwsCase.Lever.NONE ? warm : Math.min(warm, LEVER_WARM)));
                }
                catch (Exception e) {
                    result.failure = "round " + round + ": " + e.getMessage();
                }
                System.out.printf("aws %-14s round %d: %s%n", c.id(), round, result.lastSummary());
            }
        }
        return results.values().stream().map(CaseResult::toMap).toList();
    }

    private Path taskRoot(AwsCase c) {
        return c.lever() == AwsCase.Lever.CONTAINER ? ContainerLayout.of(c.artifact())
                : work.resolve(c.id()).resolve("task");
    }

    private Path classPathJar(AwsCase c) {
        return work.resolve(c.id()).resolve("function").resolve(c.artifact().getFileName());
    }

    private Path archive(AwsCase c) {
        return taskRoot(c).resolve(c.lever() == AwsCase.Lever.AOT_CACHE ? "app.aot" : "app.jsa");
    }

    /** Unpacks the artifact into the case's task root (and trains its archive, for a lever that has one). */
    void prepare(AwsCase c) throws Exception {
        if (c.lever() == AwsCase.Lever.CONTAINER) {
            if (!Files.isRegularFile(ContainerLayout.of(c.artifact()).resolve("app.aot"))) {
                throw new IOException("the layout has no app.aot: build it with POLYFN_AOT_JAVA set to a JDK 25 java");
            }
            return;
        }
        Path root = taskRoot(c);
        Files.createDirectories(root);
        if (c.lever() == AwsCase.Lever.NONE) {
            unzip(c.artifact(), root);
            return;
        }
        Path jar = c.classPath() ? classPathJar(c) : root.resolve("lib").resolve(c.artifact().getFileName());
        Files.createDirectories(jar.getParent());
        Files.copy(c.artifact(), jar, StandardCopyOption.REPLACE_EXISTING);
        if (c.lever() == AwsCase.Lever.LIB_JAR) {
            return;
        }
        Files.deleteIfExists(archive(c));
        // the training run: the same command line, the archive written when the JVM exits
        try (LambdaRuntimeApiEmulator api = new LambdaRuntimeApiEmulator()) {
            Process process = start(c, api, c.trainingOptions(archive(c)));
            try {
                for (int i = 0; i < 20; i++) {
                    awaitAnswer(api.invoke(event), process);
                }
            }
            finally {
                Processes.terminate(process);
            }
        }
        if (!Files.isRegularFile(archive(c))) {
            throw new IOException("the training run wrote no " + archive(c).getFileName() + " (see the log)");
        }
    }

    private Run runOnce(AwsCase c, int warm) throws Exception {
        try (LambdaRuntimeApiEmulator api = new LambdaRuntimeApiEmulator()) {
            var first = api.invoke(event);
            long spawned = System.nanoTime();
            Process process = start(c, api, c.runOptions(archive(c)));
            try {
                LambdaRuntimeApiEmulator.Answer answer = awaitAnswer(first, process);
                long rss = Processes.rssKib(process.pid());
                if (answer.error()) {
                    throw new IllegalStateException("the function failed: " + abbreviate(answer.body()));
                }
                double coldMs = (answer.receivedNanos() - spawned) / 1e6;
                double[] warmMicros = new double[warm];
                for (int i = 0; i < warm; i++) {
                    warmMicros[i] = awaitAnswer(api.invoke(event), process).latencyNanos() / 1e3;
                }
                return new Run(coldMs, rss, warmMicros, answer.body());
            }
            finally {
                if (extraFlags.isEmpty()) {
                    Processes.kill(process);
                }
                else {
                    // profiling runs: a normal exit, so recordings (JFR, logs) are written
                    Processes.terminate(process);
                }
            }
        }
    }

    /** Starts the case's runtime against {@code api}, as a measured run does (its archive named, if it has one). */
    Process launch(AwsCase c, LambdaRuntimeApiEmulator api) throws IOException {
        return start(c, api, c.runOptions(archive(c)));
    }

    static LambdaRuntimeApiEmulator.Answer awaitAnswer(CompletableFuture<LambdaRuntimeApiEmulator.Answer> answer,
            Process process) throws Exception {
        CompletableFuture<LambdaRuntimeApiEmulator.Answer> exited = process.onExit().thenApply(p -> {
            throw new IllegalStateException("the runtime exited with " + p.exitValue() + " before answering (see its log)");
        });
        try {
            return answer.applyToEither(exited, a -> a).get(120, TimeUnit.SECONDS);
        }
        catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer within 120 s");
        }
    }

    private Process start(AwsCase c, LambdaRuntimeApiEmulator api, List<String> toolOptions) throws IOException {
        List<String> command = c.lever() == AwsCase.Lever.CONTAINER ? containerCommand(c) : runtimeCommand(c);
        return launchProcess(c, api, toolOptions, new ProcessBuilder(command).directory(taskRoot(c).toFile()));
    }

    /** The managed runtime's command line: Lambda's flags, the runtime client's jars on the class path. */
    private List<String> runtimeCommand(AwsCase c) {
        List<String> command = new ArrayList<>();
        command.add(c.java().toString());
        // the JDK 25 AOT cache replaces the CDS archive: the JVM refuses -Xshare together with -XX:AOTCache(Output)
        LAMBDA_JVM_FLAGS.stream().filter(f -> c.lever() != AwsCase.Lever.AOT_CACHE || !f.startsWith("-Xshare"))
            .forEach(command::add);
        command.add("-D" + JNI_PROPERTY + "=" + jni);
        command.addAll(extraFlags);
        command.add("-classpath");
        command.add(runtimeJars.toAbsolutePath() + "/*"
                + (c.classPath() ? java.io.File.pathSeparator + classPathJar(c).toAbsolutePath() : ""));
        command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        command.add(c.handler());
        return command;
    }

    /**
     * The layout's own command line (its Dockerfile's ENTRYPOINT + CMD), with the sandbox's memory and the JNI
     * library's path in front, as for the other rows; no managed-runtime flags (an image has none).
     */
    private List<String> containerCommand(AwsCase c) throws IOException {
        List<String> harness = new ArrayList<>(List.of("-XX:MaxRAM=512m", "-D" + JNI_PROPERTY + "=" + jni));
        harness.addAll(extraFlags);
        return ContainerLayout.command(taskRoot(c), c.java(), harness);
    }

    private Process launchProcess(AwsCase c, LambdaRuntimeApiEmulator api, List<String> toolOptions,
            ProcessBuilder builder) throws IOException {
        Map<String, String> env = builder.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JAVA_HOME");
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", c.handler());
        env.put("LAMBDA_TASK_ROOT", taskRoot(c).toAbsolutePath().toString());
        env.put("LAMBDA_RUNTIME_DIR", runtimeJars.toAbsolutePath().toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench-" + c.id());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench-" + c.id());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.putAll(c.env());
        if (!toolOptions.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", toolOptions));
        }
        Path log = logs.resolve("aws-" + c.id() + ".log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder.start();
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                }
                else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                }
            }
        }
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.write(out, in.readAllBytes());
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** What the first answer says: its body (JSON-decoded) and Content-Type. */
    static Map<String, Object> describeAnswer(String answer) {
        Map<String, Object> map = new LinkedHashMap<>();
        Matcher body = BODY.matcher(answer);
        map.put("body", body.find() ? JsonStrings.decode(body.group(1)) : null);
        Matcher type = CONTENT_TYPE.matcher(answer);
        map.put("contentType", type.find() ? type.group(1) : null);
        map.put("raw", abbreviate(answer));
        return map;
    }

    private record Run(double coldMs, long rssKib, double[] warmMicros, String answer) {
    }

    private static final class CaseResult {
        final AwsCase c;
        final List<Run> runs = new ArrayList<>();
        String failure;

        CaseResult(AwsCase c) {
            this.c = c;
        }

        void add(Run run) {
            runs.add(run);
        }

        String lastSummary() {
            if (failure != null) {
                return "FAILED " + failure;
            }
            Run run = runs.get(runs.size() - 1);
            return String.format("cold %.0f ms, rss %.1f MB, warm p50 %.0f us", run.coldMs(), run.rssKib() / 1024.0,
                    Stats.percentile(run.warmMicros(), 50));
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.id());
            map.put("label", c.label());
            map.put("lever", c.lever().name());
            map.put("java", c.java().toString());
            map.put("handler", c.handler());
            map.put("artifact", c.artifact().getFileName().toString());
            map.put("artifactBytes", fileSize(c.artifact()));
            map.put("failure", failure);
            map.put("coldMs", runs.stream().map(Run::coldMs).toList());
            map.put("rssKib", runs.stream().map(Run::rssKib).toList());
            double[] warm = runs.stream().flatMapToDouble(r -> java.util.Arrays.stream(r.warmMicros())).toArray();
            map.put("warmCount", warm.length);
            map.put("warmP50Micros", Stats.percentile(warm, 50));
            map.put("warmP99Micros", Stats.percentile(warm, 99));
            map.put("answer", runs.isEmpty() ? null : describeAnswer(runs.get(0).answer()));
            return map;
        }

        private static long fileSize(Path path) {
            try {
                return Files.size(path);
            }
            catch (IOException e) {
                return -1;
            }
        }
    }
}
