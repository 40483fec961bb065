package dev.polyfn.core.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

/**
 * Calls a looked-up function with an input core has already converted to the function's declared type.
 *
 * <p>For a plain {@code java.util.function} bean (not composed, no {@code Message} or reactive types) it calls the
 * bean itself: Spring Cloud Function's wrapper would convert the ready input again, and for a {@code String} it
 * first tries to parse the text as JSON, twice, paying for two exceptions on every call (~40 µs with C1).
 * Anything else (compositions such as {@code a|b}, reactive or {@code Message} signatures, POJO functions) goes
 * through the wrapper. Example: {@code of(uppercase).apply("hi")} -> {@code "HI"}.
 */
public final class FunctionCall {

    private final FunctionInvocationWrapper wrapper;
    private final Object target;

    private FunctionCall(FunctionInvocationWrapper wrapper, Object target) {
        this.wrapper = wrapper;
        this.target = target;
    }

    public static FunctionCall of(FunctionInvocationWrapper wrapper) {
        Object target = wrapper.getTarget();
        boolean plain = !wrapper.isComposed() && !wrapper.isRoutingFunction() && !wrapper.isWrappedBiConsumer()
                && !wrapper.isInputTypePublisher() && !wrapper.isOutputTypePublisher()
                && !wrapper.isInputTypeMessage() && !wrapper.isOutputTypeMessage()
                && (target instanceof Function || target instanceof Consumer || target instanceof Supplier);
        return new FunctionCall(wrapper, plain ? target : null);
    }

    /** True when calls go straight to the bean (for tests and diagnostics). */
    public boolean isDirect() {
        return target != null;
    }

    @SuppressWarnings("unchecked")
    public Object apply(Object input) {
        return target instanceof Function<?, ?> f && wrapper.isFunction()
                ? ((Function<Object, Object>) f).apply(input) : wrapper.apply(input);
    }

    @SuppressWarnings("unchecked")
    public void accept(Object input) {
        if (target instanceof Consumer<?> c && wrapper.isConsumer()) {
            ((Consumer<Object>) c).accept(input);
        }
        else {
            wrapper.accept(input);
        }
    }

    public Object get() {
        return target instanceof Supplier<?> s && wrapper.isSupplier() ? s.get() : wrapper.get();
    }
}
