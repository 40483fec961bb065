package dev.polyfn.benchmarks.scf4;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Stock Spring Cloud Function on Lambda, as its documentation shows: a Boot application with a {@code @Bean Function},
 * run by {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker}. {@code "hello polyfn"} -> {@code "HELLO POLYFN"}.
 */
@SpringBootApplication
public class UppercaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(UppercaseApplication.class, args);
    }

    @Bean
    public Function<String, String> uppercase() {
        return text -> text.toUpperCase(Locale.ROOT);
    }
}
