package dev.polyfn.local.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.ProblemException;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * One {@link PolyfnRuntime} view per function of the local app, for the adapters: the same beans and invokers the
 * web endpoint runs, with the function fixed as a cloud deployment fixes it.
 */
final class ReplayRuntimes {

    private final PolyfnFunctions functions;
    private final ConfigurableEnvironment environment;
    private final Map<String, PolyfnRuntime> runtimes = new ConcurrentHashMap<>();

    ReplayRuntimes(PolyfnFunctions functions, ConfigurableEnvironment environment) {
        this.functions = functions;
        this.environment = environment;
    }

    /** The runtime of {@code function}. @throws ProblemException 404 when the app has no such function */
    PolyfnRuntime of(String function) {
        if (function == null || !functions.names().contains(function)) {
            throw new ProblemException(404, "No function named '" + String.valueOf(function)
                .replaceAll("[^A-Za-z0-9_.-]", "?") + "' is served here.");
        }
        return runtimes.computeIfAbsent(function, name -> PolyfnRuntime.over(functions, environment, name));
    }

    /** The function {@code POST /} runs: {@code spring.cloud.function.definition}, or the only function. */
    String deployed() {
        String definition = functions.properties().definition();
        if (definition != null) {
            return definition;
        }
        if (functions.names().size() == 1) {
            return functions.names().iterator().next();
        }
        throw new ProblemException(404, "POST / needs spring.cloud.function.definition: this app serves "
                + functions.names().size() + " functions; send to /<function> instead.");
    }

    PolyfnFunctions functions() {
        return functions;
    }
}
