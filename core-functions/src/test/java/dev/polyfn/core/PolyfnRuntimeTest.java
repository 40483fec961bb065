package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;

import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** How the lean runtime finds the functions and which one it runs; every wrong setting fails at startup, clearly. */
class PolyfnRuntimeTest {

    /** Functional registration: the fastest way to declare functions, no configuration-class parsing. */
    public static class FunctionalDeclaration implements ApplicationContextInitializer<GenericApplicationContext> {
        @Override
        public void initialize(GenericApplicationContext context) {
            Function<String, String> reverse = s -> new StringBuilder(s).reverse().toString();
            context.registerBean("reverse", FunctionRegistration.class, () -> new FunctionRegistration<>(reverse)
                .type(FunctionTypeUtils.functionType(String.class, String.class)));
        }
    }

    @Test
    void runsTheDefinedFunction() {
        try (PolyfnRuntime runtime = start(Scenarios.CONFIGURATION, "uppercase")) {
            assertThat(runtime.invoker().functionName()).isEqualTo("uppercase");
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abc")).bodyAsString()).isEqualTo("ABC");
        }
    }

    @Test
    void runsTheOnlyFunctionWithoutADefinition() {
        try (PolyfnRuntime runtime = start(FunctionalDeclaration.class.getName(), null)) {
            assertThat(runtime.invoker().functionName()).isEqualTo("reverse");
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abc")).bodyAsString()).isEqualTo("cba");
        }
    }

    @Test
    void runsACompositionFixedByConfiguration() {
        try (PolyfnRuntime runtime = start(Scenarios.CONFIGURATION + "," + FunctionalDeclaration.class.getName(),
                "uppercase|reverse")) {
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abc")).bodyAsString()).isEqualTo("CBA");
        }
    }

    /** Declined by the fast path (proxied, imports another class): Spring's own processing takes it. */
    @org.springframework.context.annotation.Configuration
    @org.springframework.context.annotation.Import(FullConfiguration.Reverse.class)
    public static class FullConfiguration {
        @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
        static class Reverse {
            @org.springframework.context.annotation.Bean
            public Function<String, String> reverse() {
                return s -> new StringBuilder(s).reverse().toString();
            }
        }

        @org.springframework.context.annotation.Bean
        public Function<String, String> twice() {
            return s -> s + s;
        }
    }

    @Test
    void configurationTheFastPathDeclinesStillWorks() {
        try (PolyfnRuntime runtime = start(FullConfiguration.class.getName(), "twice|reverse")) {
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "ab")).bodyAsString()).isEqualTo("baba");
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abc")).bodyAsString())
                .isEqualTo("cbacba");
        }
    }

    @Test
    void unknownDefinitionFailsListingTheFunctions() {
        assertThatThrownBy(() -> start(Scenarios.CONFIGURATION, "nope"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("'nope'")
            .hasMessageContaining("uppercase").hasMessageContaining("createOrder");
    }

    @Test
    void ambiguousDeploymentFailsListingTheFunctions() {
        assertThatThrownBy(() -> start(Scenarios.CONFIGURATION, null))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("spring.cloud.function.definition")
            .hasMessageContaining("uppercase");
    }

    @Test
    void severalFunctionsInOneDefinitionAreRefused() {
        assertThatThrownBy(() -> start(Scenarios.CONFIGURATION, "uppercase,createOrder"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    }

    @Test
    void routingFunctionCanNeverBeChosen() {
        assertThatThrownBy(() -> start(Scenarios.CONFIGURATION, "functionRouter"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("Available functions");
    }

    @Test
    void missingConfigurationSaysWhatToSet() {
        assertThatThrownBy(() -> PolyfnRuntime.start(Map.of()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("POLYFN_CONFIGURATION");
    }

    @Test
    void configurationClassNotOnTheClassPathIsNamed() {
        assertThatThrownBy(() -> start("com.example.Missing", null))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("com.example.Missing");
    }

    @Test
    void limitsComeFromConfiguration() {
        try (PolyfnRuntime runtime = PolyfnRuntime.start(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                Scenarios.CONFIGURATION, "spring.cloud.function.definition", "uppercase",
                "polyfn.limits.max-body-bytes", "4"))) {
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abcd")).status()).isEqualTo(200);
            assertThat(runtime.invoker().invoke(Scenarios.post("/", "text/plain", "abcde")).status()).isEqualTo(413);
        }
    }

    private static PolyfnRuntime start(String configuration, String definition) {
        Map<String, Object> settings = new java.util.HashMap<>();
        settings.put(PolyfnRuntime.CONFIGURATION_PROPERTY, configuration);
        if (definition != null) {
            settings.put("spring.cloud.function.definition", definition);
        }
        return PolyfnRuntime.start(settings);
    }
}
