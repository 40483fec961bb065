package dev.polyfn.maven.aws;

import java.util.List;

import dev.polyfn.maven.jar.EntryRule;

/**
 * What the Lambda jar leaves out, on top of what polyfn-adapter-aws's own dependencies already exclude (Spring Boot,
 * WebFlux, Netty): parts a plain Spring context running one function never loads, and nothing else refers to.
 * Keeps the jar under 12 MB; the end-to-end tests (examples/orders/orders-aws) run the jar built with these rules.
 */
public final class AwsJarRules {

    private AwsJarRules() {
    }

    public static List<EntryRule> rules() {
        return List.of(
                // of AWS's event types the adapter needs only the batch responses (it reads envelopes itself)
                EntryRule.including("com.amazonaws:aws-lambda-java-events",
                        "com/amazonaws/services/lambda/runtime/events/SQSBatchResponse*",
                        "com/amazonaws/services/lambda/runtime/events/StreamsEventResponse*"),
                // JMX export, scripted beans, caching, EJB, instrumentation, scheduling
                EntryRule.excluding("org.springframework:spring-context", "org/springframework/jmx/**",
                        "org/springframework/scripting/**", "org/springframework/cache/**",
                        "org/springframework/ejb/**", "org/springframework/instrument/**",
                        "org/springframework/scheduling/**"),
                // STOMP brokers, RSocket and TCP messaging: Spring Cloud Function uses only messages and converters
                EntryRule.excluding("org.springframework:spring-messaging", "org/springframework/messaging/simp/**",
                        "org/springframework/messaging/rsocket/**", "org/springframework/messaging/tcp/**"),
                // AOT source generation (build time only) and buffer adapters for web servers that are not here
                EntryRule.excluding("org.springframework:spring-core", "org/springframework/javapoet/**",
                        "org/springframework/core/codec/Netty*", "org/springframework/core/io/buffer/Netty*",
                        "org/springframework/core/io/buffer/Jetty*"));
    }
}
