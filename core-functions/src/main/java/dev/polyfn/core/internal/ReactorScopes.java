package dev.polyfn.core.internal;

import io.micrometer.context.ContextRegistry;
import reactor.core.publisher.Hooks;
import reactor.util.context.Context;

/**
 * Carries the invocation into Reactor: the scope is written into the subscriber context of the function's
 * {@code Mono}/{@code Flux}, and with Reactor's automatic context propagation (Micrometer's context-propagation
 * library) every operator that runs on another thread ({@code publishOn}, a completion on a client's thread)
 * sees it in {@link InvocationScope#current()}, so its log lines carry the request id.
 *
 * <p>Automatic propagation costs every Reactor operator a little, so it is switched on only when a reactive
 * function is deployed ({@link #enable()}, once per process), never for plain functions.
 */
final class ReactorScopes {

    static final String KEY = "dev.polyfn.invocation";

    private static volatile boolean enabled;

    private ReactorScopes() {
    }

    static void enable() {
        if (enabled) {
            return;
        }
        synchronized (ReactorScopes.class) {
            if (!enabled) {
                ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, InvocationScope::current,
                        InvocationScope::set, () -> InvocationScope.set(null));
                Hooks.enableAutomaticContextPropagation();
                enabled = true;
            }
        }
    }

    static Context with(InvocationScope scope) {
        return scope == null ? Context.empty() : Context.of(KEY, scope);
    }
}
