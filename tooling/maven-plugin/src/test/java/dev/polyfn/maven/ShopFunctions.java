package dev.polyfn.maven;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One plain function bean, for the build check. */
@Configuration(proxyBeanMethods = false)
public class ShopFunctions {

    @Bean
    public Function<String, String> shout() {
        return String::toUpperCase;
    }
}
