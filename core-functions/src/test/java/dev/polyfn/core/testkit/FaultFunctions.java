package dev.polyfn.core.testkit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Functions that fail on purpose, for failure-injection tests on every target (never part of an example's exposed
 * functions: tests put this class on the class path and name it in {@code polyfn.configuration}). The request body
 * names the fault; anything else is echoed, so the same deployment proves it keeps serving afterwards.
 *
 * <p>Faults ({@link #fault()}): {@code runtime}, {@code error}, {@code oom} (a thrown OutOfMemoryError), {@code checked}
 * (a checked exception thrown without being declared, as Kotlin or Lombok's {@code @SneakyThrows} do), {@code stack}
 * (unbounded recursion), {@code hang} (sleeps until interrupted), {@code stubborn} (ignores interrupts for 5 s),
 * {@code unserializable} (an object whose getter throws while Jackson writes it), {@code cycle} (a map containing itself),
 * {@code large:N} (N bytes of text), {@code quotes:N} (N quote characters: twice as large once JSON-escaped).
 * {@link #faultFuture()} and {@link #faultMono()} fail the same way inside a {@code CompletableFuture} / {@code Mono}:
 * {@code runtime}, {@code checked}, {@code error}, {@code stack}, {@code never}, and for the Mono {@code blocking}
 * (a callable that blocks the subscribing thread). Every message holds what a caller must never see.
 */
@Configuration(proxyBeanMethods = false)
public class FaultFunctions {

    public static final String CONFIGURATION = "dev.polyfn.core.testkit.FaultFunctions";
    /** Text in every failure: a caller seeing any of it is a leak. */
    public static final String SECRET = "password=hunter2 at /opt/app/Secret.java:42";

    @Bean
    public Function<String, Object> fault() {
        return FaultFunctions::fail;
    }

    @Bean
    public Function<String, CompletableFuture<String>> faultFuture() {
        return kind -> switch (kind.trim()) {
            case "runtime" -> CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException(SECRET);
            });
            case "checked" -> CompletableFuture.failedFuture(new IOException(SECRET));
            case "error" -> CompletableFuture.failedFuture(new Error(SECRET));
            case "stack" -> CompletableFuture.supplyAsync(() -> String.valueOf(recurse(0)));
            case "never" -> new CompletableFuture<>();
            default -> CompletableFuture.completedFuture(kind.toUpperCase(java.util.Locale.ROOT));
        };
    }

    @Bean
    public Function<String, Mono<String>> faultMono() {
        return kind -> switch (kind.trim()) {
            case "runtime" -> Mono.error(new IllegalStateException(SECRET));
            case "checked" -> Mono.error(new IOException(SECRET));
            case "error" -> Mono.error(new Error(SECRET));
            case "stack" -> Mono.fromCallable(() -> String.valueOf(recurse(0)));
            case "never" -> Mono.never();
            case "blocking" -> Mono.fromCallable(() -> {
                Thread.sleep(Long.MAX_VALUE);
                return "woke";
            });
            default -> Mono.just(kind.toUpperCase(java.util.Locale.ROOT));
        };
    }

    private static Object fail(String kind) {
        String k = kind.trim();
        if (k.startsWith("large:")) {
            return "x".repeat(Integer.parseInt(k.substring(6)));
        }
        if (k.startsWith("quotes:")) {
            return "\"".repeat(Integer.parseInt(k.substring(7)));
        }
        switch (k) {
            case "runtime" -> throw new IllegalStateException(SECRET);
            case "error" -> throw new Error(SECRET);
            case "oom" -> throw new OutOfMemoryError(SECRET);
            case "checked" -> throw FaultFunctions.<RuntimeException>sneaky(new IOException(SECRET));
            case "stack" -> {
                return recurse(0);
            }
            case "hang" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "woke";
            }
            case "stubborn" -> {
                long end = System.nanoTime() + 5_000_000_000L;
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(50);
                    }
                    catch (InterruptedException ignored) {
                        // a function that swallows interrupts: Polyfn must answer at the deadline anyway
                    }
                }
                return "late";
            }
            case "unserializable" -> {
                return new Unwritable("o-1");
            }
            case "cycle" -> {
                Map<String, Object> self = new LinkedHashMap<>();
                self.put("self", self);
                return self;
            }
            default -> {
                return k.toUpperCase(java.util.Locale.ROOT);
            }
        }
    }

    /** A result Jackson cannot write: reading one of its properties fails. */
    public record Unwritable(String id) {
        public String getSecret() {
            throw new IllegalStateException(SECRET);
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
