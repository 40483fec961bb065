package dev.polyfn.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.polyfn.core.declaration.Cloud;
import dev.polyfn.core.declaration.PolyfnDeclarations;
import dev.polyfn.maven.container.AotCacheTrainer;
import dev.polyfn.maven.container.ContainerLayoutWriter;
import dev.polyfn.maven.container.ContainerPlatform;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * {@code polyfn.container=true}: beside each cloud jar, {@code target/container/<target>/} with the image layout,
 * and its AOT cache trained at build time when {@code polyfn.container.java} (or the environment variable
 * {@code POLYFN_AOT_JAVA}) names a JDK 25 {@code java}; the image build trains its own either way.
 */
final class ContainerImages {

    private final boolean enabled;
    private final Path target;
    private final ProjectClasspath classpath;
    private final File java;
    private final Log log;

    ContainerImages(boolean enabled, Path target, ProjectClasspath classpath, File java, Log log) {
        this.enabled = enabled;
        this.target = target;
        this.classpath = classpath;
        String fromEnvironment = System.getenv("POLYFN_AOT_JAVA");
        this.java = java != null ? java : fromEnvironment == null || fromEnvironment.isBlank() ? null
                : new File(fromEnvironment);
        this.log = log;
    }

    /** Does nothing unless {@code polyfn.container=true}; trains every function the image may run on that cloud. */
    void build(ContainerPlatform platform, Path jar, PolyfnDeclarations declarations) throws IOException,
            MojoExecutionException {
        if (!enabled) {
            return;
        }
        List<String> functions = ProjectDeclarations.exposedOn(declarations, "aws".equals(platform.target())
                ? Cloud.AWS : Cloud.GCP);
        Path layout = target.resolve("container").resolve(platform.target());
        List<File> runtime = classpath.platform(platform.groupId(), platform.artifactId(), platform.version(),
                platform.transitive());
        List<String> training = new ContainerLayoutWriter(platform).write(layout, jar.toFile(), runtime, functions);
        if (java == null || !java.canExecute()) {
            log.info("Container layout: " + layout + " (no AOT cache trained here: set polyfn.container.java to a JDK 25"
                    + " java; the image build trains it)");
            return;
        }
        Path cache = AotCacheTrainer.train(java, layout, training);
        log.info(String.format("Container layout: %s (AOT cache %s, %.1f MB, trained with %s)", layout,
                cache.getFileName(), cache.toFile().length() / 1_048_576.0, java));
    }
}
