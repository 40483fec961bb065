package dev.polyfn.core.declaration;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.env.PropertyResolver;
import org.springframework.format.datetime.standard.DurationFormatterUtils;

/**
 * Reads the settings under one prefix of a Spring {@link PropertyResolver}, e.g. {@code polyfn.functions.createOrder.http.},
 * converting values as Spring Boot's binder does (comma-separated lists, {@code 15s} or {@code PT15S} durations).
 * A malformed value fails with {@link IllegalArgumentException} naming the property.
 */
final class DeclarationReader {

    private final PropertyResolver resolver;
    private final String prefix;

    DeclarationReader(PropertyResolver resolver, String prefix) {
        this.resolver = resolver;
        this.prefix = prefix;
    }

    /** The reader of {@code <prefix><child>.}. */
    DeclarationReader at(String child) {
        return new DeclarationReader(resolver, prefix + child + ".");
    }

    /** True when any of {@code keys} is set. */
    boolean hasAny(List<String> keys) {
        return keys.stream().anyMatch(key -> resolver.containsProperty(prefix + key));
    }

    String text(String key) {
        String value = resolver.getProperty(prefix + key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    List<String> list(String key) {
        String value = text(key);
        return value == null ? null
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    Integer integer(String key) {
        String value = text(key);
        try {
            return value == null ? null : Integer.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw invalid(key, value, "a whole number");
        }
    }

    Boolean flag(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw invalid(key, value, "true or false");
        }
        return Boolean.valueOf(value);
    }

    Duration duration(String key) {
        String value = text(key);
        try {
            return value == null ? null : DurationFormatterUtils.detectAndParse(value);
        }
        catch (IllegalArgumentException e) {
            throw invalid(key, value, "a duration such as 15s or PT15S");
        }
    }

    private IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(prefix + key + "='" + value + "' is not " + expected + ".");
    }
}
