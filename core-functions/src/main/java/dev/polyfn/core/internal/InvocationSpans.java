package dev.polyfn.core.internal;

import java.util.concurrent.Callable;

import dev.polyfn.core.PortableRequest;
import org.springframework.util.ClassUtils;

/**
 * A trace span per invocation, when an OpenTelemetry SDK or agent is present (the ADOT Lambda layer, the
 * OpenTelemetry Java agent, an SDK the application registers); otherwise {@link #NONE}, which costs nothing: the
 * OpenTelemetry API is never loaded. Decided once, when the application's functions are set up.
 */
public interface InvocationSpans {

    /** One invocation's span: the function runs with it current, and it ends with the invocation's status. */
    interface Span {
        <T> T callCurrent(Callable<T> call) throws Exception;

        void end(int status);
    }

    InvocationSpans NONE = (scope, request) -> NoSpan.INSTANCE;

    Span start(InvocationScope scope, PortableRequest request);

    /** OpenTelemetry's spans when its API is on the class path and an SDK or agent is registered, else {@link #NONE}. */
    static InvocationSpans detect() {
        ClassLoader loader = InvocationSpans.class.getClassLoader();
        if (!ClassUtils.isPresent("io.opentelemetry.api.GlobalOpenTelemetry", loader)) {
            return NONE;
        }
        return OpenTelemetrySpans.ifRegistered();
    }

    /** The span of {@link #NONE}. */
    enum NoSpan implements Span {
        INSTANCE;

        @Override
        public <T> T callCurrent(Callable<T> call) throws Exception {
            return call.call();
        }

        @Override
        public void end(int status) {
            // nothing recorded
        }
    }
}
