package dev.polyfn.core.internal;

import java.util.Collections;
import java.util.concurrent.Callable;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.TraceContext;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * {@link InvocationSpans} over the OpenTelemetry API (loaded only when it is on the class path): a span named after
 * the function, kind SERVER for HTTP and CONSUMER for events, child of the caller's W3C {@code traceparent} when the
 * invocation has one, with the FaaS semantic-convention attributes {@code faas.invocation_id}, {@code faas.trigger},
 * {@code cloud.provider} and, for HTTP, {@code http.request.method} and {@code http.response.status_code}; a 5xx
 * answer marks it as an error.
 */
final class OpenTelemetrySpans implements InvocationSpans {

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return Collections.singletonList("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    private OpenTelemetrySpans(Tracer tracer) {
        this.tracer = tracer;
    }

    static InvocationSpans ifRegistered() {
        TracerProvider provider = GlobalOpenTelemetry.getTracerProvider();
        return provider == TracerProvider.noop() ? NONE : new OpenTelemetrySpans(provider.get("dev.polyfn"));
    }

    @Override
    public Span start(InvocationScope scope, PortableRequest request) {
        InvocationContext context = scope.context();
        Context parent = Context.root();
        TraceContext trace = context.trace().orElse(null);
        if (trace != null && trace.format() == TraceContext.Format.W3C) {
            parent = W3CTraceContextPropagator.getInstance().extract(parent, context.traceId(), TRACEPARENT);
        }
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(scope.function())
            .setParent(parent)
            .setSpanKind(request.isHttp() ? SpanKind.SERVER : SpanKind.CONSUMER)
            .setAttribute("faas.invocation_id", context.requestId())
            .setAttribute("faas.trigger", request.isHttp() ? "http" : "other")
            .setAttribute("cloud.provider", context.provider())
            .startSpan();
        if (request.isHttp()) {
            span.setAttribute("http.request.method", request.method());
        }
        if (scope.recordId() != null) {
            span.setAttribute("messaging.message.id", scope.recordId());
        }
        return new Span() {
            @Override
            public <T> T callCurrent(Callable<T> call) throws Exception {
                try (Scope current = span.makeCurrent()) {
                    return call.call();
                }
            }

            @Override
            public void end(int status) {
                if (request.isHttp()) {
                    span.setAttribute("http.response.status_code", status);
                }
                if (status >= 500) {
                    span.setStatus(StatusCode.ERROR);
                }
                span.end();
            }
        };
    }
}
