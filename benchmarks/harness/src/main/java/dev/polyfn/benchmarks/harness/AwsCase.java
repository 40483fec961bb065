package dev.polyfn.benchmarks.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One deployment run under the AWS runtime interface client.
 *
 * @param id        short key, e.g. {@code polyfn}
 * @param label     the row name in the report
 * @param lever     {@code NONE} for the default deployment (jar extracted into the task root, as Lambda unpacks an
 *                  uploaded jar); {@code APPCDS} / {@code AOT_CACHE} put the jar under {@code lib/} and train an archive
 *                  that {@code JAVA_TOOL_OPTIONS} then names
 * @param artifact  the deployment artifact (jar or zip)
 * @param handler   the Lambda handler string
 * @param env       function environment variables
 * @param java      the {@code java} binary (Temurin 25 for the JDK 25 rows)
 * @param classPath true for a container image whose entry point puts the jar on the JVM class path (the runtime
 *                  client then loads the handler through the application class loader, which archives fully)
 */
record AwsCase(String id, String label, Lever lever, Path artifact, String handler, Map<String, String> env,
        Path java, boolean classPath) {

    AwsCase(String id, String label, Lever lever, Path artifact, String handler, Map<String, String> env, Path java) {
        this(id, label, lever, artifact, handler, env, java, false);
    }

    /**
     * NONE: unpacked into the task root; LIB_JAR: the jar under lib/, no archive; APPCDS, AOT_CACHE: lib/ plus an
     * archive; CONTAINER: the plugin's container layout ({@code artifact} = its {@code function/<jar>}), run with
     * its Dockerfile's command line and the AOT cache it was built with.
     */
    enum Lever { NONE, LIB_JAR, APPCDS, AOT_CACHE, CONTAINER }

    /** Flags of the training run that writes the archive, and of the measured runs that use it. */
    List<String> trainingOptions(Path archive) {
        return switch (lever) {
            case NONE, LIB_JAR, CONTAINER -> List.of();
            case APPCDS -> List.of("-XX:ArchiveClassesAtExit=" + archive);
            case AOT_CACHE -> List.of("-XX:AOTCacheOutput=" + archive);
        };
    }

    List<String> runOptions(Path archive) {
        return switch (lever) {
            case NONE, LIB_JAR, CONTAINER -> List.of();
            case APPCDS -> List.of("-XX:SharedArchiveFile=" + archive);
            case AOT_CACHE -> List.of("-XX:AOTCache=" + archive);
        };
    }
}
