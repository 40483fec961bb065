package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one trace-header parser: W3C traceparent, AWS X-Ray and Google Cloud Trace, validated; nothing else. */
class TraceContextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 | 4bf92f3577b34da6a3ce929d0e0e4736 | 00f067aa0ba902b7 | true | W3C",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00 | 4bf92f3577b34da6a3ce929d0e0e4736 | 00f067aa0ba902b7 | false | W3C",
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future | 4bf92f3577b34da6a3ce929d0e0e4736 | 00f067aa0ba902b7 | true | W3C",
        "Root=1-6741a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1 | 6741a1b20123456789abcdef01234567 | 53995c3f42cd8ad8 | true | XRAY",
        "Root=1-6741a1b2-0123456789abcdef01234567 | 6741a1b20123456789abcdef01234567 | | false | XRAY",
        "Self=1-67891234-12456789abcdef012345678;Root=1-6741a1b2-0123456789abcdef01234567;Sampled=0 | 6741a1b20123456789abcdef01234567 | | false | XRAY",
        "105445aa7843bc8bf206b12000100000/1;o=1 | 105445aa7843bc8bf206b12000100000 | 0000000000000001 | true | CLOUD_TRACE",
        "105445AA7843BC8BF206B12000100000/10 | 105445aa7843bc8bf206b12000100000 | 000000000000000a | false | CLOUD_TRACE",
        "105445aa7843bc8bf206b12000100000 | 105445aa7843bc8bf206b12000100000 | | false | CLOUD_TRACE"})
    void readsEveryKnownFormat(String header, String traceId, String spanId, boolean sampled, TraceContext.Format format) {
        TraceContext trace = TraceContext.parse(header).orElseThrow();
        assertThat(trace).isEqualTo(new TraceContext(traceId, spanId, sampled, format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "", " ", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "Root=1-abc", "Root=2-6741a1b2-0123456789abcdef01234567", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\nforged",
        "105445aa7843bc8bf206b12000100000/99999999999999999999999;o=1x", "<script>"})
    void anythingElseIsNotATrace(String header) {
        assertThat(TraceContext.parse(header)).isEmpty();
        assertThat(new InvocationContext("r-1", "local", null, header, null, null).traceId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r-1", "8f5a3e1c-0000-4000-8000-1234567890ab", "projects/p/x:y@z+1=2"})
    void safeIdsAreKept(String id) {
        assertThat(new InvocationContext(id, "local", null, null, null, null).requestId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "line\nforged", "<script>", "\u00e9t\u00e9"})
    void unsafeIdsAreReplaced(String id) {
        assertThat(new InvocationContext(id, "local", null, null, null, null).requestId()).isNotEqualTo(id)
            .matches("[0-9a-f-]{36}");
    }

    /** Every adapter's HTTP trace: the first valid of traceparent, X-Amzn-Trace-Id, X-Cloud-Trace-Context. */
    @org.junit.jupiter.api.Test
    void anHttpRequestsTraceIsItsFirstValidTraceHeader() {
        java.util.Map<String, String> headers = new java.util.HashMap<>(java.util.Map.of("traceparent", "garbage",
                "x-amzn-trace-id", "Root=1-6741a1b2-0123456789abcdef01234567",
                "x-cloud-trace-context", "105445aa7843bc8bf206b12000100000/1;o=1"));

        assertThat(TraceContext.fromHeaders(headers::get)).isEqualTo("Root=1-6741a1b2-0123456789abcdef01234567");
        headers.remove("x-amzn-trace-id");
        assertThat(TraceContext.fromHeaders(headers::get)).isEqualTo("105445aa7843bc8bf206b12000100000/1;o=1");
        headers.remove("x-cloud-trace-context");
        assertThat(TraceContext.fromHeaders(headers::get)).isNull();
    }
}
