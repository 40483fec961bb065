package dev.polyfn.core.testkit;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A configuration whose function bean fails to construct, for startup-failure tests on every target: the
 * deployment must fail with a message naming the bean and its cause, kept (never retried per call).
 */
@Configuration(proxyBeanMethods = false)
public class BrokenStartupFunctions {

    public static final String CONFIGURATION = "dev.polyfn.core.testkit.BrokenStartupFunctions";
    public static final String CAUSE = "orders database URL is not set";

    @Bean
    public Function<String, String> brokenBean() {
        throw new IllegalStateException(CAUSE);
    }
}
