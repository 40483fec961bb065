package dev.polyfn.core.internal;

import java.lang.reflect.Type;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How a function takes its input and gives its result, read once from its declared type, so that every target
 * converts, wraps and awaits it the same way.
 *
 * <p>Example: {@code Function<Mono<StockQuery>, Mono<StockLevel>>} has input {@link Wrapper#MONO} of
 * {@code StockQuery} (core reads and validates a {@code StockQuery}, then passes {@code Mono.just(query)}) and output
 * {@link Wrapper#MONO} of {@code StockLevel} (core awaits it under the deadline); {@code Function<DeliveryRequest,
 * CompletableFuture<DeliveryEstimate>>} has a plain input and a {@link Wrapper#FUTURE} output.
 * Shapes Polyfn cannot serve (a {@code Future} that is not a {@code CompletionStage}, async inside async, an async
 * input other than {@code Mono}/{@code Flux}) throw {@link IllegalStateException} when the function is looked up,
 * at startup, never at the first request.
 *
 * @param input        how the input is wrapped ({@link Wrapper#NONE} for a {@code Supplier})
 * @param inputMessage whether the (unwrapped) input is a {@code Message<T>}
 * @param inputType    the type core reads from the request: {@code T} with every wrapper removed, or null
 * @param output       how the result is wrapped ({@link Wrapper#NONE} for a {@code Consumer})
 * @param outputType   the result's value type with every wrapper removed, or null for a {@code Consumer}
 */
public record FunctionShape(Wrapper input, boolean inputMessage, Type inputType, Wrapper output, Type outputType) {

    /** The wrappers core knows. */
    public enum Wrapper {
        /** No value: the input of a {@code Supplier}, the result of a {@code Consumer}. */
        NONE,
        /** The value itself (possibly a {@code Message}). */
        VALUE,
        /** A {@code CompletionStage} / {@code CompletableFuture}: awaited under the deadline. */
        FUTURE,
        /** A {@code Mono}: awaited under the deadline; empty means no result. */
        MONO,
        /** A {@code Flux} (or any other {@code Publisher}): all its elements, answered as a JSON array. */
        FLUX
    }

    /** True when core must await the result. */
    public boolean isAsync() {
        return output == Wrapper.FUTURE || output == Wrapper.MONO || output == Wrapper.FLUX;
    }

    /**
     * The shape of a function of {@code name} declared with these input and output types (null for a supplier's
     * input or a consumer's output).
     */
    public static FunctionShape of(String name, Type declaredInput, Type declaredOutput) {
        ResolvableType in = declaredInput == null ? null : ResolvableType.forType(declaredInput);
        ResolvableType out = declaredOutput == null ? null : ResolvableType.forType(declaredOutput);
        Wrapper input = in == null ? Wrapper.NONE : wrapper(in);
        if (input == Wrapper.FUTURE) {
            throw unsupported(name, "input", in, "take the value itself, a Mono or a Flux");
        }
        ResolvableType inValue = in == null ? null : unwrap(name, "input", in, input);
        boolean inputMessage = inValue != null && Message.class.isAssignableFrom(inValue.toClass());
        Type inputType = inValue == null ? null : resolved(inputMessage ? payload(name, "input", inValue) : inValue);
        Wrapper output = out == null ? Wrapper.NONE : wrapper(out);
        ResolvableType outValue = out == null ? null : unwrap(name, "result", out, output);
        if (outValue != null && Message.class.isAssignableFrom(outValue.toClass())) {
            outValue = payload(name, "result", outValue);
        }
        return new FunctionShape(input, inputMessage, inputType, output, outValue == null ? null : resolved(outValue));
    }

    /** The type with its generics resolved ({@code T} of {@code Mono<T>} as the class it stands for). */
    private static Type resolved(ResolvableType type) {
        if (type.isArray()) {
            return type.resolve(Object.class);
        }
        Class<?> raw = type.resolve(Object.class);
        if (!type.hasGenerics()) {
            return raw;
        }
        ResolvableType[] generics = java.util.Arrays.stream(type.getGenerics())
            .map(g -> ResolvableType.forType(resolved(g))).toArray(ResolvableType[]::new);
        return ResolvableType.forClassWithGenerics(raw, generics).getType();
    }

    private static Wrapper wrapper(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (CompletionStage.class.isAssignableFrom(raw)) {
            return Wrapper.FUTURE;
        }
        if (Mono.class.isAssignableFrom(raw)) {
            return Wrapper.MONO;
        }
        if (Publisher.class.isAssignableFrom(raw)) {
            return Wrapper.FLUX;
        }
        return Wrapper.VALUE;
    }

    /** The wrapped value's type; fails for wrappers inside wrappers and for plain {@code Future}s. */
    private static ResolvableType unwrap(String name, String role, ResolvableType type, Wrapper wrapper) {
        ResolvableType value = wrapper == Wrapper.VALUE ? type : type.as(wrapper == Wrapper.FUTURE
                ? CompletionStage.class : Publisher.class).getGeneric(0);
        Class<?> raw = value.toClass();
        if (wrapper != Wrapper.VALUE && (CompletionStage.class.isAssignableFrom(raw)
                || Publisher.class.isAssignableFrom(raw) || Future.class.isAssignableFrom(raw))) {
            throw unsupported(name, role, type, "use one asynchronous wrapper, not one inside another");
        }
        if (wrapper == Wrapper.VALUE && Future.class.isAssignableFrom(raw)) {
            throw unsupported(name, role, type, "return a CompletableFuture or CompletionStage, which Polyfn can"
                    + " await without blocking a thread per call");
        }
        if (Publisher.class.isAssignableFrom(raw) && !Mono.class.isAssignableFrom(raw)
                && !Flux.class.isAssignableFrom(raw)) {
            throw unsupported(name, role, type, "use reactor's Mono or Flux");
        }
        return value;
    }

    private static ResolvableType payload(String name, String role, ResolvableType message) {
        ResolvableType payload = message.as(Message.class).getGeneric(0);
        Class<?> raw = payload.toClass();
        if (CompletionStage.class.isAssignableFrom(raw) || Publisher.class.isAssignableFrom(raw)
                || Future.class.isAssignableFrom(raw)) {
            throw unsupported(name, role, message, "put the Message inside the Mono or future, not around it");
        }
        return payload;
    }

    private static IllegalStateException unsupported(String name, String role, ResolvableType type, String advice) {
        return new IllegalStateException("Function '" + name + "' has a " + role + " of type " + type
                + ", which Polyfn cannot serve: " + advice + ". Supported: T, Message<T>, CompletionStage<T>,"
                + " CompletableFuture<T>, Mono<T> and Flux<T> (inputs: T, Message<T>, Mono<T>, Flux<T>).");
    }
}
