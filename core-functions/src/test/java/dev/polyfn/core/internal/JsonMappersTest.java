package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ResolvableType;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The mapper warmed on the startup thread is the same strict, bounded mapper as one built in place; only functions
 * of text and bytes are judged never to need it.
 */
class JsonMappersTest {

    @Test
    void warmedMapperKeepsTheConfiguredLimits() {
        Supplier<ObjectMapper> lazy = JsonMappers.lazy(PolyfnProperties.defaults());
        JsonMappers.warmInBackground(lazy);
        ObjectMapper mapper = lazy.get();
        int tooDeep = PolyfnProperties.defaults().maxNestingDepth() + 1;
        assertThat(mapper.readTree("{\"a\":[1,2]}").get("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> mapper.readTree("[".repeat(tooDeep) + "]".repeat(tooDeep)))
            .isInstanceOf(JacksonException.class);
        assertThat(lazy.get()).isSameAs(mapper);
    }

    @SuppressWarnings("unused")
    private static final class Shapes {
        Function<String, String> text;
        Function<byte[], String> bytesToText;
        Supplier<byte[]> bytes;
        Consumer<String> sink;
        Function<Order, String> orderToText;
        Function<String, Order> textToOrder;
        Function<String, CompletableFuture<String>> future;
        Function<Mono<String>, Mono<String>> mono;
        Supplier<Order> orders;
        Consumer<Order> orderSink;
        BiFunction<String, String, String> biFunction;
        @SuppressWarnings("rawtypes")
        Function raw;
        Runnable runnable;
    }

    private record Order(String id) {
    }

    @ParameterizedTest
    @CsvSource({"text,false", "bytesToText,false", "bytes,false", "sink,false", "orderToText,true",
        "textToOrder,true", "future,true", "mono,true", "orders,true", "orderSink,true", "biFunction,true", "raw,true",
        "runnable,true"})
    void onlyFunctionsOfTextAndBytesNeverNeedTheMapper(String field, boolean needed) throws NoSuchFieldException {
        ResolvableType type = ResolvableType.forField(Shapes.class.getDeclaredField(field));
        assertThat(JsonMappers.mayBeNeededBy(type)).as(type.toString()).isEqualTo(needed);
    }
}
