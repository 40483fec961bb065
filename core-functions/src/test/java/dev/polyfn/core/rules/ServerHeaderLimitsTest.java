package dev.polyfn.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.api.Test;

class ServerHeaderLimitsTest {

    @Test
    void theServersLimitsStayAbovePolyfnsSoPolyfnDecides() {
        PolyfnProperties defaults = PolyfnProperties.defaults();

        assertThat(ServerHeaderLimits.count(defaults)).isEqualTo(1000).isGreaterThan(defaults.maxHeaderCount() + 100);
        assertThat(ServerHeaderLimits.bytes(defaults)).isEqualTo(72 * 1024).isGreaterThan(defaults.maxHeaderBytes());
    }

    @Test
    void neverBelowTheServersOwnDefaultsNorOverflowing() {
        assertThat(ServerHeaderLimits.count(limits(1, 10))).isEqualTo(100);
        assertThat(ServerHeaderLimits.count(limits(50, 10))).isEqualTo(500);
        assertThat(ServerHeaderLimits.bytes(limits(1, 10))).isEqualTo(8 * 1024 + 20);
        assertThat(ServerHeaderLimits.bytes(limits(1, Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
        assertThat(ServerHeaderLimits.count(limits(Integer.MAX_VALUE, 10))).isEqualTo(Integer.MAX_VALUE);
    }

    private static PolyfnProperties limits(int count, int bytes) {
        return new PolyfnProperties(null, 1024, 64, 1000, 100, count, bytes, Set.of(), true, null, null, null,
                "Polyfn", "local", null, Duration.ofMillis(500), 1);
    }
}
