package dev.polyfn.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.polyfn.maven.jar.ClasspathJar;
import dev.polyfn.maven.local.AppJarWriter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs the local web app from the project's compiled classes, with Polyfn's main class: {@code mvn polyfn:run}, or
 * {@code mvn polyfn:run -Dpolyfn.run.arguments=--server.port=9090}. Stops with Ctrl-C.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private RepositorySystem repositorySystem;

    /** The app's arguments, space-separated, e.g. {@code --server.port=9090}. */
    @Parameter(property = "polyfn.run.arguments")
    private String arguments;

    /** The JVM's options, space-separated, e.g. {@code -Xmx256m}. */
    @Parameter(property = "polyfn.run.jvmArguments")
    private String jvmArguments;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> classpath = new ArrayList<>(List.of(project.getBuild().getOutputDirectory()));
        for (ClasspathJar jar : new ProjectClasspath(project, session.getRepositorySession(), repositorySystem,
                plugin.getVersion()).with("polyfn-local")) {
            classpath.add(jar.file().getPath());
        }
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(split(jvmArguments));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(AppJarWriter.MAIN_CLASS);
        command.addAll(split(arguments));
        getLog().info("Running " + AppJarWriter.MAIN_CLASS + " " + String.join(" ", split(arguments)));
        try {
            Process app = new ProcessBuilder(command).directory(project.getBasedir()).inheritIO().start();
            Thread stop = new Thread(app::destroy, "polyfn-run-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = app.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (exit != 0) {
                throw new MojoExecutionException("The local app stopped with exit code " + exit);
            }
        }
        catch (IOException e) {
            throw new MojoExecutionException("Could not start the local app: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted", e);
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
