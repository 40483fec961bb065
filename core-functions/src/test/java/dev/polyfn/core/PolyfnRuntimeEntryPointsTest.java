package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;

/** {@link PolyfnRuntime#startForEntryPoints}: an app of several functions whose entry points each name theirs. */
class PolyfnRuntimeEntryPointsTest {

    @Test
    void startsWithSeveralFunctionsAndNoDefinitionAndServesEachByName() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(
                Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION))) {
            PortableResponse response = runtime.functions().invoker("uppercase")
                .invoke(PortableRequest.http("POST", "/x").contentType("text/plain").body("hi").build());

            assertThat(response.bodyAsString()).isEqualTo("HI");
            assertThatThrownBy(runtime::invoker).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uppercase").hasMessageContaining("spring.cloud.function.definition");
        }
    }

    @Test
    void plainStartStillFailsAtStartupWhenTheFunctionIsAmbiguous() {
        assertThatThrownBy(() -> PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Several functions");
    }
}
