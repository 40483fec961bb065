package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The function shapes Polyfn serves, and those it refuses at startup with a message naming the function, never at
 * the first request. The shared scenarios (dev.polyfn.core.testkit.Scenarios#async) cover the answers of each shape.
 */
class FunctionShapesTest {

    @Configuration(proxyBeanMethods = false)
    public static class Unsupported {
        @Bean
        public Function<String, Future<String>> plainFuture() {
            return s -> CompletableFuture.completedFuture(s);
        }

        @Bean
        public Function<CompletableFuture<String>, String> futureInput() {
            return f -> f.join();
        }

        @Bean
        public Function<String, Mono<Mono<String>>> nested() {
            return s -> Mono.just(Mono.just(s));
        }

        @Bean
        public Supplier<CompletableFuture<Mono<String>>> nestedSupplier() {
            return () -> CompletableFuture.completedFuture(Mono.just("x"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainFuture", "futureInput", "nested", "nestedSupplier"})
    void anUnsupportedShapeFailsTheDeploymentAtStartup(String function) {
        assertThatThrownBy(() -> PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Unsupported.class.getName(), "spring.cloud.function.definition", function)).close())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Function '" + function + "'")
            .hasMessageContaining("Polyfn cannot serve");
    }

    @Test
    void homesServingEveryFunctionCheckThemAllAtStartup() {
        assertThatThrownBy(() -> PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Unsupported.class.getName())).close())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("Polyfn cannot serve");
    }

    @Test
    void typesAreReportedWithoutTheirWrappers() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            PolyfnInvoker stock = runtime.functions().invoker("stock");
            assertThat(stock.inputType().getTypeName()).endsWith("StockQuery");
            assertThat(stock.outputType().getTypeName()).endsWith("StockLevel");
            assertThat(runtime.functions().invoker("estimate").outputType().getTypeName()).endsWith("Estimate");
            assertThat(runtime.functions().invoker("greeting").inputType()).isNull();
        }
    }

    @Test
    void aMessageResultsHeadersPassTheHeaderPolicy() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            PortableResponse response = runtime.functions().invoker("correlate").invoke(Scenarios
                .post("/", "text/plain", "abc").toBuilder().header("x-correlation-id", "c-7")
                .header("x-internal", "secret").build());
            assertThat(response.bodyAsString()).isEqualTo("ABC");
            assertThat(response.headers()).containsEntry("x-correlation-id", "c-7")
                .doesNotContainKeys("id", "timestamp", "x-internal");
        }
    }

    @Test
    void aSupplierOfAMonoAnswersItsValue() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            PortableResponse response = runtime.functions().invoker("greeting")
                .invoke(Scenarios.post("/", null, new byte[0]));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyAsString()).isEqualTo("hello");
        }
    }
}
