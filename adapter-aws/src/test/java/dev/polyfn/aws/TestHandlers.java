package dev.polyfn.aws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Scenarios;

/** One handler per test function (core's testkit functions), started once per test JVM, called like Lambda does. */
final class TestHandlers {

    private static final Map<String, PolyfnHandler> HANDLERS = new ConcurrentHashMap<>();

    private TestHandlers() {
    }

    static PolyfnHandler handler(String function) {
        return HANDLERS.computeIfAbsent(function, fn -> {
            Map<String, Object> settings = new java.util.HashMap<>(Scenarios.DECLARATIONS);
            settings.put(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION + ","
                    + AwsTestFunctions.class.getName() + "," + dev.polyfn.core.testkit.FaultFunctions.CONFIGURATION);
            settings.put("spring.cloud.function.definition", fn);
            return new PolyfnHandler(PolyfnRuntime.start(settings));
        });
    }

    /** Invokes {@code function} with a fixture and returns the handler's answer as JSON. */
    static tools.jackson.databind.JsonNode call(String function, String fixture) {
        return Fixtures.read(invoke(function, Fixtures.bytes(fixture)));
    }

    /** Invokes {@code function} with a raw payload and returns what the handler wrote. */
    static byte[] invoke(String function, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler(function).handleRequest(new ByteArrayInputStream(payload), out,
                    new TestLambdaContext(UUID.randomUUID().toString()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
