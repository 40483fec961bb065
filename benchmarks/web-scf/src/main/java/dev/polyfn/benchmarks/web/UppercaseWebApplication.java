package dev.polyfn.benchmarks.web;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Stock spring-cloud-function-web: {@code POST /uppercase "hello polyfn"} -> {@code "HELLO POLYFN"}. */
@SpringBootApplication
public class UppercaseWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(UppercaseWebApplication.class, args);
    }

    @Bean
    public Function<String, String> uppercase() {
        return text -> text.toUpperCase(Locale.ROOT);
    }
}
