package dev.polyfn.core.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls a looked-up function with an input core has already read, wrapped the way the function takes it
 * ({@link FunctionShape}): the value, a {@code Message} of it, {@code Mono.just(value)} or {@code Flux} of the values.
 * Returns what the function returned, still asynchronous if it is.
 *
 * <p>A plain {@code java.util.function} bean (not composed) is called directly: Spring Cloud Function's wrapper
 * would convert the ready input again, and for a {@code String} it first tries to parse the text as JSON, twice,
 * paying for two exceptions on every call (~40 µs with C1). Compositions such as {@code a|b} and POJO functions go
 * through the wrapper. Example: {@code of("uppercase", wrapper).call(List.of("hi"), Map.of())} -> {@code "HI"}.
 */
public final class FunctionCall {

    private final FunctionInvocationWrapper wrapper;
    private final Object target;
    private final FunctionShape shape;

    private FunctionCall(FunctionInvocationWrapper wrapper, Object target, FunctionShape shape) {
        this.wrapper = wrapper;
        this.target = target;
        this.shape = shape;
    }

    /** @throws IllegalStateException when the function's shape is not one Polyfn serves */
    public static FunctionCall of(String name, FunctionInvocationWrapper wrapper) {
        FunctionShape shape = FunctionShape.of(name, wrapper.isSupplier() ? null : wrapper.getInputType(),
                wrapper.isConsumer() ? null : wrapper.getOutputType());
        if (shape.input() == FunctionShape.Wrapper.MONO || shape.input() == FunctionShape.Wrapper.FLUX
                || shape.output() == FunctionShape.Wrapper.MONO || shape.output() == FunctionShape.Wrapper.FLUX) {
            ReactorScopes.enable();
        }
        Object target = wrapper.getTarget();
        boolean plain = !wrapper.isComposed() && !wrapper.isRoutingFunction() && !wrapper.isWrappedBiConsumer()
                && (target instanceof Function || target instanceof Consumer || target instanceof Supplier);
        return new FunctionCall(wrapper, plain ? target : null, shape);
    }

    public FunctionShape shape() {
        return shape;
    }

    /** True when calls go straight to the bean (for tests and diagnostics). */
    public boolean isDirect() {
        return target != null;
    }

    /**
     * Calls the function. {@code values} holds the input values read from the request (one, or several for a
     * {@code Flux} input; ignored for a supplier); {@code headers} become the headers of a {@code Message} input.
     */
    @SuppressWarnings("unchecked")
    public Object call(List<Object> values, Map<String, Object> headers) {
        if (wrapper.isSupplier()) {
            return target instanceof Supplier<?> s ? s.get() : wrapper.get();
        }
        Object input = wrap(values, headers);
        if (wrapper.isConsumer()) {
            if (target instanceof Consumer<?> c) {
                ((Consumer<Object>) c).accept(input);
            }
            else {
                wrapper.accept(input);
            }
            return null;
        }
        return target instanceof Function<?, ?> f ? ((Function<Object, Object>) f).apply(input) : wrapper.apply(input);
    }

    private Object wrap(List<Object> values, Map<String, Object> headers) {
        List<Object> inputs = shape.inputMessage() ? values.stream().map(v -> (Object) message(v, headers)).toList()
                : values;
        return switch (shape.input()) {
            case MONO -> inputs.isEmpty() ? Mono.empty() : Mono.just(inputs.get(0));
            case FLUX -> Flux.fromIterable(inputs);
            default -> inputs.isEmpty() ? null : inputs.get(0);
        };
    }

    private static Message<Object> message(Object payload, Map<String, Object> headers) {
        return MessageBuilder.withPayload(payload).copyHeaders(headers).build();
    }
}
