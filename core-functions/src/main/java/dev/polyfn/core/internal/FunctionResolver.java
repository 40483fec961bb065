package dev.polyfn.core.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.cloud.function.context.FunctionCatalog;

/**
 * Decides which function a deployment runs: {@code spring.cloud.function.definition} when set (a name, or a
 * composition such as {@code a|b} fixed by configuration), else the only function declared. Anything else fails at
 * startup with a message listing the functions there are. Spring Cloud Function's routing function can never be
 * chosen: it evaluates expressions from message headers.
 */
public final class FunctionResolver {

    static final Set<String> INTERNAL = Set.of("functionRouter", "RoutingFunction");

    private FunctionResolver() {
    }

    /** The user's functions in the catalog, sorted by name. */
    public static Set<String> userFunctionNames(FunctionCatalog catalog) {
        Set<String> names = new TreeSet<>(catalog.getNames(null));
        names.removeAll(INTERNAL);
        return names;
    }

    public static String resolve(FunctionCatalog catalog, String definition) {
        Set<String> names = userFunctionNames(catalog);
        if (definition == null || definition.isBlank()) {
            if (names.size() == 1) {
                return names.iterator().next();
            }
            throw new IllegalStateException(names.isEmpty()
                    ? "No function is declared: declare a java.util.function Function, Consumer or Supplier bean."
                    : "Several functions are declared " + names + "; choose one with spring.cloud.function.definition"
                            + " (environment variable SPRING_CLOUD_FUNCTION_DEFINITION).");
        }
        if (definition.contains(",") || definition.contains(";")) {
            throw new IllegalStateException("spring.cloud.function.definition '" + definition
                    + "' names several functions; a deployment runs exactly one of " + names + ".");
        }
        for (String part : Arrays.stream(definition.split("\\|")).map(String::trim).toList()) {
            if (!names.contains(part)) {
                throw new IllegalStateException("spring.cloud.function.definition '" + definition
                        + "' names no declared function ('" + part + "'). Available functions: " + names + ".");
            }
        }
        return definition.replace(" ", "");
    }
}
