package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.testkit.TestkitFunctions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;

/** The fast path registers what Spring's configuration processing would, and declines whatever it cannot copy. */
class BeanMethodRegistrarTest {

    @Configuration(proxyBeanMethods = false)
    static class Simple {
        @Bean
        Supplier<String> greeting() {
            return () -> "hello";
        }

        @Bean({ "shout", "yell" })
        Function<String, String> shout(Supplier<String> greeting) {
            return s -> greeting.get() + " " + s.toUpperCase();
        }
    }

    @Configuration
    static class Proxied {
        @Bean
        Supplier<String> greeting() {
            return () -> "hello";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Simple.class)
    static class Importing {
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedParameter {
        @Bean
        Function<String, String> f(@Qualifier("x") Supplier<String> s) {
            return t -> t;
        }
    }

    @Test
    void registersBeanMethodsWithTheirDependenciesAndAliases() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            assertThat(BeanMethodRegistrar.register(context, Simple.class)).isTrue();
            context.refresh();
            @SuppressWarnings("unchecked")
            Function<String, String> shout = context.getBean("yell", Function.class);
            assertThat(shout.apply("polyfn")).isEqualTo("hello POLYFN");
            assertThat(context.getType("shout")).isNotNull();
        }
    }

    @Test
    void takesTheTestkitConfiguration() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            assertThat(BeanMethodRegistrar.register(context, TestkitFunctions.class)).isTrue();
        }
    }

    @Test
    void declinesWhatOnlySpringsProcessingUnderstands() {
        for (Class<?> type : new Class<?>[] { Proxied.class, Importing.class, QualifiedParameter.class, String.class }) {
            try (GenericApplicationContext context = new GenericApplicationContext()) {
                assertThat(BeanMethodRegistrar.register(context, type)).as(type.getSimpleName()).isFalse();
                assertThat(context.getBeanDefinitionCount()).isZero();
            }
        }
    }
}
