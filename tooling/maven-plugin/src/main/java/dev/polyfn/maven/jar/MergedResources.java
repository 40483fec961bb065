package dev.polyfn.maven.jar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The files that several jars each carry a part of and that a flat jar must merge rather than keep one of: service
 * registrations ({@code META-INF/services/*}), Spring's {@code spring.factories} (merged per key: concatenating
 * would let the last copy of a key hide the others) and its line-per-entry lists ({@code META-INF/spring/*.imports},
 * {@code spring.handlers}, {@code spring.schemas}).
 */
final class MergedResources {

    private final Map<String, Set<String>> lines = new LinkedHashMap<>();
    private final Map<String, Set<String>> factories = new LinkedHashMap<>();

    static boolean isMerged(String name) {
        return name.startsWith("META-INF/services/") && !name.endsWith("/") || name.equals("META-INF/spring.factories")
                || name.startsWith("META-INF/spring/") && name.endsWith(".imports")
                || name.equals("META-INF/spring.handlers") || name.equals("META-INF/spring.schemas");
    }

    void add(String name, byte[] content) throws IOException {
        if (name.equals("META-INF/spring.factories")) {
            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(content));
            for (String key : properties.stringPropertyNames()) {
                Set<String> values = factories.computeIfAbsent(key, k -> new LinkedHashSet<>());
                for (String value : properties.getProperty(key).split(",")) {
                    if (!value.isBlank()) {
                        values.add(value.trim());
                    }
                }
            }
            return;
        }
        Set<String> merged = lines.computeIfAbsent(name, n -> new LinkedHashSet<>());
        for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                merged.add(trimmed);
            }
        }
    }

    /** Each merged file's name and content. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        lines.forEach((name, content) -> files.put(name, text(new ArrayList<>(content))));
        if (!factories.isEmpty()) {
            List<String> entries = new ArrayList<>();
            factories.forEach((key, values) -> entries.add(key + "=" + String.join(",", values)));
            files.put("META-INF/spring.factories", text(entries));
        }
        return files;
    }

    private static byte[] text(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
