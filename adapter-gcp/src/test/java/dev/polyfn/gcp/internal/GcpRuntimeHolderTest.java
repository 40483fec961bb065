package dev.polyfn.gcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A runtime that failed to start is never started again: every later call gets the same failure. */
class GcpRuntimeHolderTest {

    @Test
    void aFailedStartIsKeptAndNeverRetried() {
        AtomicInteger starts = new AtomicInteger();
        GcpRuntimeHolder.StartedOnce<String> once = new GcpRuntimeHolder.StartedOnce<>(() -> {
            starts.incrementAndGet();
            throw new IllegalStateException("spring.cloud.function.definition 'shipOrder' names no declared function");
        });
        Throwable first = catchThrowable(once::get);
        Throwable second = catchThrowable(once::get);
        assertThat(first).isInstanceOf(IllegalStateException.class).hasMessageContaining("shipOrder");
        assertThat(second).isSameAs(first);
        assertThat(starts).hasValue(1);
    }

    @Test
    void aStartedValueIsShared() {
        AtomicInteger starts = new AtomicInteger();
        GcpRuntimeHolder.StartedOnce<String> once = new GcpRuntimeHolder.StartedOnce<>(() -> "runtime-" + starts.incrementAndGet());
        assertThat(once.get()).isEqualTo("runtime-1");
        assertThat(once.get()).isEqualTo("runtime-1");
    }
}
