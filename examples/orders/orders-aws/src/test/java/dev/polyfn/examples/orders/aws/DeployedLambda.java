package dev.polyfn.examples.orders.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One deployed function under test: a runtime API emulator and the runtime client running orders-aws.jar. */
final class DeployedLambda implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuntimeApiEmulator emulator;
    private final LambdaProcess process;

    private DeployedLambda(RuntimeApiEmulator emulator, LambdaProcess process) {
        this.emulator = emulator;
        this.process = process;
    }

    static DeployedLambda start(String definition) {
        return start(definition, definition, Map.of());
    }

    /** A deployment of {@code definition} with further environment variables, its log named after {@code name}. */
    static DeployedLambda start(String name, String definition, Map<String, String> environment) {
        return start(name, definition, environment, LambdaProcess.ordersAwsClasspath());
    }

    /**
     * A deployment of one of the testkit's faulty functions: orders-aws.jar plus the testkit jar on the class path
     * (as a user's own jar would be), {@code POLYFN_CONFIGURATION} naming {@code configuration}.
     */
    static DeployedLambda withTestkit(String name, String configuration, String definition,
            Map<String, String> environment) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("POLYFN_CONFIGURATION", configuration);
        return start(name, definition, env, LambdaProcess.ordersAwsClasspath() + java.io.File.pathSeparator
                + LambdaProcess.required("faults.classpath"));
    }

    private static DeployedLambda start(String name, String definition, Map<String, String> environment,
            String classpath) {
        try {
            RuntimeApiEmulator emulator = new RuntimeApiEmulator();
            return new DeployedLambda(emulator, LambdaProcess.start(name, LambdaProcess.POLYFN_HANDLER,
                    classpath, definition, emulator, environment));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a fixture (from the adapter's test resources) and waits for the client's answer. */
    RuntimeApiEmulator.Answer invoke(String fixture) {
        return invoke(fixture(fixture));
    }

    RuntimeApiEmulator.Answer invoke(byte[] payload) {
        return await(emulator.invoke(payload));
    }

    /** Queues an invocation with Lambda's deadline {@code timeout} away and its own trace header; does not wait. */
    CompletableFuture<RuntimeApiEmulator.Answer> submit(byte[] payload, Duration timeout, String traceId) {
        return emulator.invoke(payload, timeout, traceId);
    }

    RuntimeApiEmulator.Answer await(CompletableFuture<RuntimeApiEmulator.Answer> answer) {
        try {
            return answer.get(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer from the runtime client; its log:\n" + process.log(), e);
        }
    }

    RuntimeApiEmulator.Answer awaitInitError() {
        try {
            return emulator.initError().get(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("no init error from the runtime client; its log:\n" + process.log(), e);
        }
    }

    LambdaProcess process() {
        return process;
    }

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of(LambdaProcess.required("aws.fixtures"), name));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode fixtureTree(String name) {
        return (ObjectNode) JSON.readTree(fixture(name));
    }

    static JsonNode json(RuntimeApiEmulator.Answer answer) {
        return JSON.readTree(answer.body());
    }

    @Override
    public void close() {
        process.close();
        emulator.close();
    }
}
