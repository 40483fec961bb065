package dev.polyfn.gcp;

import java.util.function.Function;

import dev.polyfn.core.PubSubMessage;
import io.cloudevents.CloudEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Functions only the GCP adapter's tests need, next to the shared test kit's. */
@Configuration(proxyBeanMethods = false)
public class GcpTestFunctions {

    /** A function taking the CloudEvent itself: {@code "<type> from <source>"}. */
    @Bean
    public Function<CloudEvent, String> describeEvent() {
        return event -> event.getType() + " from " + event.getSource();
    }

    /** A function taking the portable message: {@code "<id> <topic> <attributes> <data>"}. */
    @Bean
    public Function<PubSubMessage, String> describeMessage() {
        return message -> message.id() + " " + message.topic() + " " + message.attributes() + " "
                + message.dataAsString();
    }
}
