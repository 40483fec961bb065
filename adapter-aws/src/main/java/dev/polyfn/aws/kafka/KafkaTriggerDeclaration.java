package dev.polyfn.aws.kafka;

import java.util.Locale;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Whether the deployed function declares a Kafka trigger: some setting {@code polyfn.functions.<function>.kafka.*}
 * exists (system property, environment variable {@code POLYFN_FUNCTIONS_<FUNCTION>_KAFKA_*}, or
 * {@code application.properties}), in the declaration scheme of Polyfn's build plugin. Read once, at startup.
 *
 * <p>Example: with {@code polyfn.functions.processPayment.kafka.topic=payments}, {@code declared(env,
 * "processPayment")} is true; without any {@code polyfn.functions.processPayment.kafka.} key it is false.
 */
public final class KafkaTriggerDeclaration {

    private KafkaTriggerDeclaration() {
    }

    public static boolean declared(ConfigurableEnvironment environment, String function) {
        String prefix = prefix(function);
        String variablePrefix = prefix.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(prefix) || name.toUpperCase(Locale.ROOT).startsWith(variablePrefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The settings' common prefix, as the problem of an undeclared Kafka event names it. */
    public static String prefix(String function) {
        return "polyfn.functions." + function + ".kafka.";
    }
}
