package dev.polyfn.core.rules;

import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.StandardEnvironment;

/** Settings for a rule under test: exactly the given properties, none from the machine. */
final class Settings {

    private Settings() {
    }

    static PropertyResolver of(String... keysAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(org.springframework.core.env.MutablePropertySources sources) {
                sources.addFirst(new MapPropertySource("test", values));
            }
        };
        return environment;
    }
}
