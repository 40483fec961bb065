package dev.polyfn.core.declaration;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.QueueMessage;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Functions of each input shape a trigger may or may not take, for {@link DeclarationCheckTest}. */
@Configuration(proxyBeanMethods = false)
public class DeclaredFunctions {

    public record Payment(String paymentId, java.math.BigDecimal amount) {
    }

    @Bean
    public Function<String, String> uppercase() {
        return String::toUpperCase;
    }

    @Bean
    public Consumer<Payment> processPayment() {
        return payment -> { };
    }

    @Bean
    public Function<QueueMessage, String> readMessage() {
        return message -> message.id();
    }

    @Bean
    public Function<StorageObjectEvent, String> indexUpload() {
        return StorageObjectEvent::key;
    }

    @Bean
    public Function<ScheduleTick, String> nightlyReport() {
        return ScheduleTick::scheduleName;
    }

    @Bean
    public Supplier<String> status() {
        return () -> "ok";
    }
}
