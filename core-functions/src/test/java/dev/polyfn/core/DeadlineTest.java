package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every invocation runs under a deadline: pending work is cancelled when it passes, the answer is 504 problem+json,
 * the caller's thread is free again, and batches stop in time, reporting what they did not process.
 */
class DeadlineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    /** Functions that do not finish on their own; each records that Polyfn stopped it. */
    @Configuration(proxyBeanMethods = false)
    public static class SlowFunctions {
        static final AtomicBoolean FUTURE_CANCELLED = new AtomicBoolean();
        static final AtomicBoolean MONO_DISPOSED = new AtomicBoolean();
        static final AtomicBoolean THREAD_INTERRUPTED = new AtomicBoolean();
        static final AtomicInteger RUNNING = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

        @Bean
        public Function<String, CompletableFuture<String>> never() {
            return s -> {
                CompletableFuture<String> future = new CompletableFuture<>();
                future.whenComplete((r, e) -> FUTURE_CANCELLED.set(future.isCancelled()));
                return future;
            };
        }

        @Bean
        public Function<String, Mono<String>> silent() {
            return s -> Mono.<String>never().doOnCancel(() -> MONO_DISPOSED.set(true));
        }

        @Bean
        public Function<String, String> hang() {
            return s -> {
                try {
                    new CountDownLatch(1).await();
                }
                catch (InterruptedException e) {
                    THREAD_INTERRUPTED.set(true);
                }
                return s;
            };
        }

        /** Sleeps for the number of milliseconds it is given, counting how many run at once. */
        @Bean
        public Function<String, String> sleep() {
            return millis -> {
                int now = RUNNING.incrementAndGet();
                MOST_AT_ONCE.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(Long.parseLong(millis.trim()));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finally {
                    RUNNING.decrementAndGet();
                }
                return millis;
            };
        }
    }

    private static PolyfnRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                SlowFunctions.class.getName() + "," + Scenarios.CONFIGURATION,
                "polyfn.timeout", TIMEOUT.toMillis() + "ms", "polyfn.batch.parallelism", "4"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void aFutureThatNeverCompletesAnswers504AndIsCancelled() {
        PortableResponse response = timed("never", text("x"), TIMEOUT);
        assertGatewayTimeout(response);
        assertThat(SlowFunctions.FUTURE_CANCELLED).isTrue();
    }

    @Test
    void aMonoThatNeverEmitsAnswers504AndIsDisposed() {
        assertGatewayTimeout(timed("silent", text("x"), TIMEOUT));
        assertThat(SlowFunctions.MONO_DISPOSED).isTrue();
    }

    @Test
    void aBlockedFunctionAnswers504AndItsThreadIsInterrupted() throws InterruptedException {
        assertGatewayTimeout(timed("hang", text("x"), TIMEOUT));
        for (int i = 0; i < 50 && !SlowFunctions.THREAD_INTERRUPTED.get(); i++) {
            Thread.sleep(20);
        }
        assertThat(SlowFunctions.THREAD_INTERRUPTED).isTrue();
    }

    @Test
    void thePlatformDeadlineLessTheMarginComesFirst() {
        PortableRequest request = text("x").toBuilder().context(new InvocationContext("r-1", "aws",
                Instant.now().plusMillis(700), null, Map.of(), null)).build();
        // 700 ms left, 500 ms margin: Polyfn answers after about 200 ms, well before the platform's deadline
        PortableResponse response = timed("never", request, Duration.ofMillis(200));
        assertGatewayTimeout(response);
    }

    @Test
    void aFastFunctionIsNotAffected() {
        PortableResponse response = runtime.functions().invoker("sleep").invoke(text("10"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("10");
    }

    @Test
    void anUnorderedBatchReportsTheRecordsTheDeadlineLeftUnprocessed() {
        // four at a time: the first four finish, the next four outlast the batch's deadline
        List<BatchRecord> records = sleepers("50", "50", "50", "50", "5000", "5000", "5000", "5000", "10", "10");
        long start = System.nanoTime();
        BatchResult result = runtime.functions().invoker("sleep").invokeBatch(records, BatchOrdering.UNORDERED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(4));
        assertThat(result.failedIds()).containsExactly("4", "5", "6", "7", "8", "9");
    }

    @Test
    void aSequenceStopsAtTheRecordThatRanOutOfTime() {
        BatchResult result = runtime.functions().invoker("sleep")
            .invokeBatch(sleepers("10", "5000", "10"), BatchOrdering.SEQUENCE);
        assertThat(result.failedIds()).containsExactly("1");
    }

    @Test
    void unorderedRecordsRunInParallelUpToTheSetting() {
        SlowFunctions.MOST_AT_ONCE.set(0);
        BatchResult result = runtime.functions().invoker("sleep")
            .invokeBatch(sleepers("60", "60", "60", "60", "60", "60", "60", "60"), BatchOrdering.UNORDERED);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(SlowFunctions.MOST_AT_ONCE.get()).isBetween(2, 4);
    }

    @Test
    void groupsRunInParallelButEachInOrder() {
        SlowFunctions.MOST_AT_ONCE.set(0);
        List<BatchRecord> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(new BatchRecord(Integer.toString(i), i % 2 == 0 ? "a" : "b", text("60")));
        }
        BatchResult result = runtime.functions().invoker("sleep").invokeBatch(records, BatchOrdering.PER_GROUP);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(SlowFunctions.MOST_AT_ONCE.get()).isEqualTo(2);
    }

    private static List<BatchRecord> sleepers(String... millis) {
        InvocationContext context = InvocationContext.local();
        List<BatchRecord> records = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            records.add(new BatchRecord(Integer.toString(i), null, text(millis[i]).toBuilder().context(context).build()));
        }
        return records;
    }

    private static PortableResponse timed(String function, PortableRequest request, Duration expected) {
        long start = System.nanoTime();
        PortableResponse response = runtime.functions().invoker(function).invoke(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("answered at the deadline").isGreaterThanOrEqualTo(expected.minusMillis(50))
            .isLessThan(expected.plusSeconds(2));
        return response;
    }

    private static void assertGatewayTimeout(PortableResponse response) {
        assertThat(response.status()).isEqualTo(504);
        assertThat(response.contentType()).isEqualTo(PortableResponse.PROBLEM_JSON);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(problem.path("status").asInt()).isEqualTo(504);
        assertThat(problem.path("detail").asString()).contains("deadline");
    }

    private static PortableRequest text(String body) {
        return Scenarios.post("/", "text/plain", body);
    }
}
