package dev.polyfn.maven.jar;

import java.util.List;

/**
 * Which entries of one artifact go into a jar: those matching an include (all when there is none), less those
 * matching an exclude. Patterns are paths with {@code *} (within a folder) and {@code **} (any depth), as in Maven's
 * shade plugin, e.g. {@code org/springframework/jmx/**}.
 *
 * @param coordinates {@code groupId:artifactId} of the artifact, or {@code *:*} for every one
 */
public record EntryRule(String coordinates, List<String> includes, List<String> excludes) {

    public static EntryRule excluding(String coordinates, String... excludes) {
        return new EntryRule(coordinates, List.of(), List.of(excludes));
    }

    public static EntryRule including(String coordinates, String... includes) {
        return new EntryRule(coordinates, List.of(includes), List.of());
    }

    boolean appliesTo(ClasspathJar jar) {
        return coordinates.equals("*:*") || coordinates.equals(jar.coordinates());
    }

    boolean keeps(String entry) {
        return (includes.isEmpty() || includes.stream().anyMatch(p -> matches(p, entry)))
                && excludes.stream().noneMatch(p -> matches(p, entry));
    }

    static boolean matches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return path.matches(regex.toString());
    }
}
