package dev.polyfn.core.declaration;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ReflectionUtils;

/**
 * The keys a declaration may use, derived from the records themselves (a record component {@code deadLetter} is the
 * key {@code dead-letter}), so a misspelt key is reported instead of silently ignored.
 */
final class ConfigurationKeys {

    private static final Map<String, Class<? extends Record>> CLOUD_SETTINGS = Map.of("aws", AwsSettings.class,
            "gcp", GcpSettings.class, "azure", AzureSettings.class);

    private ConfigurationKeys() {
    }

    /** A sentence for each key under {@code polyfn.functions.}, {@code polyfn.aws.}, ... that means nothing. */
    static List<String> unknown(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        for (String key : PolyfnDeclarations.declaredKeys(environment, PolyfnDeclarations.FUNCTIONS_PREFIX)) {
            String[] parts = key.substring(PolyfnDeclarations.FUNCTIONS_PREFIX.length()).split("\\.", -1);
            String problem = parts.length < 2 ? "names no setting" : functionKey(parts);
            if (problem != null) {
                problems.add(key + " " + problem + ".");
            }
        }
        CLOUD_SETTINGS.forEach((cloud, type) -> {
            String prefix = "polyfn." + cloud + ".";
            for (String key : PolyfnDeclarations.declaredKeys(environment, prefix)) {
                if (!keys(type).contains(key.substring(prefix.length()))) {
                    problems.add(key + " is not a setting; " + prefix + "* has " + keys(type) + ".");
                }
            }
        });
        return problems;
    }

    /** A sentence for each required setting {@code trigger} lacks. */
    static List<String> missing(String at, TriggerKind kind, TriggerDeclaration trigger) {
        List<String> problems = new ArrayList<>();
        for (String key : kind.required()) {
            if (value((Record) trigger, key) == null) {
                problems.add(at + "." + key + " is missing: a " + kind.key() + " trigger needs "
                        + kind.required().stream().map(k -> at + "." + k).collect(Collectors.joining(" and ")) + ".");
            }
        }
        return problems;
    }

    /** {@code [dead-letter, max-attempts]} for a record's components. */
    static List<String> keys(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> kebab(c.getName())).toList();
    }

    private static String functionKey(String[] parts) {
        String group = parts[1];
        if (group.equals("clouds")) {
            return parts.length == 2 ? null : "is not a setting; clouds is a list such as aws,gcp";
        }
        if (group.equals("aws") || group.equals("gcp")) {
            List<String> known = keys(CLOUD_SETTINGS.get(group));
            return parts.length == 3 && known.contains(parts[2]) ? null : "is not a setting; " + group + " has " + known;
        }
        TriggerKind kind = TriggerKind.ofKey(group);
        if (kind == null) {
            return "names no trigger; the triggers are " + Arrays.stream(TriggerKind.values()).map(TriggerKind::key)
                .toList() + " (and the settings clouds, aws.*, gcp.*)";
        }
        return parts.length == 3 && kind.settings().contains(parts[2]) ? null
                : "is not a setting; a " + kind.key() + " trigger has " + kind.settings();
    }

    private static Object value(Record trigger, String key) {
        for (RecordComponent component : trigger.getClass().getRecordComponents()) {
            if (kebab(component.getName()).equals(key)) {
                return ReflectionUtils.invokeMethod(component.getAccessor(), trigger);
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
