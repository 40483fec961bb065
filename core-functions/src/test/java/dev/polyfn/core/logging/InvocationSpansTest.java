package dev.polyfn.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Scenarios;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With an OpenTelemetry SDK registered, each invocation is one span, child of the caller's traceparent. */
class InvocationSpansTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();

    @BeforeEach
    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void anInvocationIsASpanOfTheCallersTrace() {
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build()).build());
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            InvocationContext context = new InvocationContext("req-1", "gcp", null,
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", Map.of(), null);
            runtime.functions().invoker("uppercase").invoke(Scenarios.post("/uppercase", "text/plain", "x")
                .toBuilder().context(context).build());
            runtime.functions().invoker("explode").invoke(Scenarios.post("/explode", "text/plain", "x"));
        }
        List<SpanData> spans = exported.getFinishedSpanItems();
        assertThat(spans).hasSize(2);
        SpanData uppercase = spans.get(0);
        assertThat(uppercase.getName()).isEqualTo("uppercase");
        assertThat(uppercase.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(uppercase.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(uppercase.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(uppercase.getAttributes().get(AttributeKey.stringKey("faas.invocation_id"))).isEqualTo("req-1");
        assertThat(uppercase.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(spans.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void withoutAnSdkThereIsNoSpanAndNothingIsRecorded() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            assertThat(runtime.functions().invoker("uppercase").invoke(Scenarios.post("/", "text/plain", "x"))
                .status()).isEqualTo(200);
        }
        assertThat(exported.getFinishedSpanItems()).isEmpty();
    }
}
