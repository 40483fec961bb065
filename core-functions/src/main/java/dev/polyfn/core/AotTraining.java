package dev.polyfn.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scripted training run of a container image's JDK AOT cache ({@code -XX:AOTCacheOutput}, JDK 25): starts the
 * lean runtime once per function the image may run, builds the cloud entry point on it (which loads the adapter's
 * classes), and warms the function's path as before a snapshot ({@link SnapshotHooks#beforeCheckpoint()}: no call
 * of the function unless {@code polyfn.snapshot.priming-body} is set), then exits so the JVM writes the cache.
 *
 * <p>Usage, as polyfn-maven-plugin's {@code train.sh} runs it: {@code java -XX:AOTCacheOutput=app.aot -cp <the
 * image's class path> dev.polyfn.core.AotTraining dev.polyfn.aws.PolyfnHandler aws uppercase createOrder}: the
 * entry point class (with a public constructor taking a {@link PolyfnRuntime}), the provider, the function
 * definitions (default: {@code spring.cloud.function.definition}).
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AotTraining <entry point class> <provider> [<function definition>...]");
            System.exit(2);
        }
        Class<?> entry = Class.forName(args[0]);
        List<String> definitions = new ArrayList<>(List.of(args).subList(2, args.length));
        if (definitions.isEmpty()) {
            definitions.add(null);
        }
        for (String definition : definitions) {
            Map<String, Object> overrides = new java.util.HashMap<>();
            overrides.put(PolyfnProperties.PROVIDER, args[1]);
            if (definition != null) {
                overrides.put("spring.cloud.function.definition", definition);
            }
            try (PolyfnRuntime runtime = PolyfnRuntime.start(overrides)) {
                entry.getConstructor(PolyfnRuntime.class).newInstance(runtime);
                new SnapshotHooks(runtime, runtime.invoker()).beforeCheckpoint();
            }
        }
        System.out.println("AOT training done: " + definitions.size() + " function(s) on " + args[1]);
        System.exit(0);
    }
}
