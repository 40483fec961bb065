package ${package};

import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's functions: plain {@code java.util.function} beans, no cloud imports. Where each is exposed is
 * declared in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
public class GreetingFunctions {

    /** What {@code greet} reads: {@code {"name":"Ada"}}; a blank name answers 400 application/problem+json. */
    public record Greeting(@NotBlank String name) {
    }

    /** What {@code greet} answers: {@code {"message":"Hello, Ada!"}}. */
    public record Reply(String message) {
    }

    @Bean
    public Function<Greeting, Reply> greet() {
        return greeting -> new Reply("Hello, " + greeting.name() + "!");
    }
}
