package dev.polyfn.local.replay;

import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.rules.EventFailurePolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/** Event replay and CloudEvents over HTTP in the local web app, over the functions Polyfn serves there. */
@AutoConfiguration(afterName = "dev.polyfn.core.boot.PolyfnAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(PolyfnFunctions.class)
@ConditionalOnClass(name = {"dev.polyfn.aws.PolyfnHandler", "dev.polyfn.gcp.PolyfnCloudEventFunction",
        "dev.polyfn.azure.PolyfnAzure"})
public class EventReplayAutoConfiguration {

    @Bean
    ReplayRuntimes polyfnReplayRuntimes(PolyfnFunctions functions, ConfigurableEnvironment environment) {
        return new ReplayRuntimes(functions, environment);
    }

    @Bean
    EventFailurePolicy polyfnEventFailurePolicy(ConfigurableEnvironment environment) {
        return EventFailurePolicy.from(environment);
    }

    @Bean
    AwsEventReplay polyfnAwsEventReplay(ReplayRuntimes runtimes) {
        return new AwsEventReplay(runtimes);
    }

    @Bean
    CloudEventsEndpoint polyfnCloudEventsEndpoint(ReplayRuntimes runtimes, EventFailurePolicy policy) {
        return new CloudEventsEndpoint(runtimes, policy);
    }

    @Bean
    AzureEventReplay polyfnAzureEventReplay(ReplayRuntimes runtimes, EventFailurePolicy policy) {
        return new AzureEventReplay(runtimes, policy);
    }
}
