package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decimals are bounded by their digits written out: a tiny literal with a huge exponent is a 400, at once. */
class BoundedDecimalsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"12.50, 4", "3E+5, 6", "1E-7, 7", "0, 1", "-123.456, 6"})
    void countsDigitsWrittenOut(String value, long digits) {
        assertThat(BoundedDecimals.digitsWrittenOut(new BigDecimal(value))).isEqualTo(digits);
    }

    @Test
    void aHugeExponentIsRejectedBeforeTheFunctionComputesWithIt() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))) {
            long start = System.nanoTime();
            // found by CoreInputFuzzTest#amountsFromJsonArray: summing it took 50 s
            PortableResponse response = runtime.functions().invoke("total", Scenarios.post("/total", "application/json",
                    "[{\"value\":1},{\"value\":3333333333333333333333333E33333333}]"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyAsString()).contains("value");
            assertThat(runtime.functions().invoke("total", Scenarios.post("/total", "application/json",
                    "[{\"value\":1},{\"value\":2.50}]")).bodyAsString()).contains("3.50");
        }
    }
}
