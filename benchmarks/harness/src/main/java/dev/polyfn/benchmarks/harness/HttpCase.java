package dev.polyfn.benchmarks.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One HTTP server started as a child process (a Cloud Functions invoker, a web app).
 *
 * @param id       short key, e.g. {@code polyfn-gcp}
 * @param label    the row name in the report
 * @param artifact what is deployed (its size is reported)
 * @param command  the command line for a given port
 * @param env      extra environment variables
 * @param path     the request path that runs the function
 * @param directory the working directory (a container layout), or null for the harness's own
 */
record HttpCase(String id, String label, Path artifact, IntFunction<List<String>> command, Map<String, String> env,
        String path, Path directory) {

    HttpCase(String id, String label, Path artifact, IntFunction<List<String>> command, Map<String, String> env,
            String path) {
        this(id, label, artifact, command, env, path, null);
    }
}
