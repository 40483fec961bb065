package dev.polyfn.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;

import dev.polyfn.core.BatchOrdering;
import dev.polyfn.core.BatchRecord;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every line written while an invocation runs carries it: Polyfn's own, the function's through SLF4J (Polyfn's
 * backend) and java.util.logging, on Polyfn's invocation thread, on the function's own executor and in Reactor
 * operators on other threads; a stack trace stays inside its one line. Lambda's JSON format here.
 */
class InvocationLoggingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.slf4j.Logger SLF4J = new PolyfnServiceProvider().getLoggerFactory().getLogger("app.Orders");
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("app.Legacy");

    @Configuration(proxyBeanMethods = false)
    public static class LoggingFunctions {
        private static final java.util.concurrent.Executor POOL = InvocationContext.propagating(
                Executors.newSingleThreadExecutor(r -> new Thread(r, "app-pool")));

        @Bean
        public Function<String, String> chatty() {
            return s -> {
                SLF4J.info("accepted {}", s.length());
                JUL.info("legacy line");
                SLF4J.warn("with a stack trace", new IllegalStateException("boom"));
                return s;
            };
        }

        @Bean
        public Function<String, CompletableFuture<String>> later() {
            return s -> CompletableFuture.supplyAsync(() -> {
                SLF4J.info("on the app's own thread");
                return s;
            }, POOL);
        }

        @Bean
        public Function<Mono<String>, Mono<String>> reactive() {
            return m -> m.publishOn(Schedulers.parallel()).doOnNext(s -> SLF4J.info("in a Reactor operator"));
        }
    }

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;
    private PolyfnRuntime runtime;

    @BeforeEach
    void start() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                LoggingFunctions.class.getName(), PolyfnProperties.PROVIDER, "aws", "polyfn.logging.format", "json"));
    }

    @AfterEach
    void stop() {
        runtime.close();
        System.setOut(original);
    }

    @Test
    void everyLineOfAnInvocationIsOneJsonObjectWithItsRequestId() {
        invoke("chatty", "req-chatty");
        List<JsonNode> lines = lines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> {
            assertThat(line.path("AWSRequestId").asString()).isEqualTo("req-chatty");
            assertThat(line.path("timestamp").asString()).isNotBlank();
            assertThat(line.path("level").asString()).isIn("INFO", "WARN");
            assertThat(line.path("message").asString()).isNotBlank();
        });
        assertThat(lines).extracting(l -> l.path("message").asString())
            .contains("accepted 5", "legacy line", "with a stack trace");
        JsonNode warn = lines.stream().filter(l -> l.path("level").asString().equals("WARN")).findFirst().orElseThrow();
        assertThat(warn.path("errorType").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(warn.path("stackTrace").isArray()).isTrue();
        JsonNode invocation = lines.get(lines.size() - 1);
        assertThat(invocation.path("logger").asString()).isEqualTo("dev.polyfn.invocation");
        assertThat(invocation.path("status").asInt()).isEqualTo(200);
        assertThat(invocation.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asString())
            .as("EMF metrics ride on the invocation line").isEqualTo("Polyfn");
        assertThat(invocation.path("Invocations").asInt()).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("hello");
    }

    @Test
    void linesOnTheFunctionsOwnExecutorBelongToTheInvocation() {
        invoke("later", "req-later");
        assertThat(lines()).filteredOn(l -> l.path("message").asString().equals("on the app's own thread"))
            .singleElement().satisfies(l -> assertThat(l.path("AWSRequestId").asString()).isEqualTo("req-later"));
    }

    @Test
    void linesInReactorOperatorsOnOtherThreadsBelongToTheInvocation() {
        invoke("reactive", "req-reactive");
        assertThat(lines()).filteredOn(l -> l.path("message").asString().equals("in a Reactor operator"))
            .singleElement().satisfies(l -> assertThat(l.path("AWSRequestId").asString()).isEqualTo("req-reactive"));
    }

    @Test
    void batchRecordsCarryTheirOwnRecordId() {
        InvocationContext context = context("req-batch");
        runtime.functions().invoker("chatty").invokeBatch(List.of(
                new BatchRecord("m-1", null, Scenarios.post("/", "text/plain", "a").toBuilder().context(context).build()),
                new BatchRecord("m-2", null, Scenarios.post("/", "text/plain", "b").toBuilder().context(context).build())),
                BatchOrdering.UNORDERED);
        assertThat(lines()).filteredOn(l -> l.path("message").asString().startsWith("accepted"))
            .extracting(l -> l.path("recordId").asString()).containsExactly("m-1", "m-2");
    }

    private void invoke(String function, String requestId) {
        PortableRequest request = Scenarios.post("/", "text/plain", "hello").toBuilder().context(context(requestId))
            .build();
        assertThat(runtime.functions().invoker(function).invoke(request).status()).isEqualTo(200);
    }

    private static InvocationContext context(String requestId) {
        return new InvocationContext(requestId, "aws", Instant.now().plus(Duration.ofSeconds(10)),
                "Root=1-6741a1b2-0123456789abcdef01234567", Map.of(), null);
    }

    private List<JsonNode> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
            .map(l -> {
                assertThat(l).as("one JSON object per line").startsWith("{").endsWith("}");
                return JSON.readTree(l);
            }).toList();
    }
}
