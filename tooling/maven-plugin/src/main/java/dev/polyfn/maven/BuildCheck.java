package dev.polyfn.maven;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs core's {@code DeclarationCheck} over the project's own run-time class path (its classes, polyfn-core and its
 * dependencies), in a class loader of its own: the user's configuration is loaded and started as a cloud would start
 * it, so a missing bean or a bean whose input cannot take a trigger's event fails the build, not the deployment.
 */
final class BuildCheck {

    private static final String CHECK = "dev.polyfn.core.declaration.DeclarationCheck";

    /**
     * SLF4J in the project's class loader: the check's output is its list of problems, so the started configuration
     * logs nothing into the build. Without this, a class path with SLF4J's API but no provider (the usual case:
     * the cloud artifacts get Polyfn's own) prints SLF4J's "No SLF4J providers were found" warning. SLF4J 2.0.9+
     * reads these properties; they are set only while the check runs.
     */
    private static final Map<String, String> QUIET_SLF4J = Map.of(
            "slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider",
            "slf4j.internal.verbosity", "WARN");

    private BuildCheck() {
    }

    /** Fails the build with every problem of the project's declarations listed. */
    static void enforce(org.apache.maven.project.MavenProject project) throws MojoExecutionException,
            org.apache.maven.plugin.MojoFailureException {
        List<String> problems;
        try {
            problems = run(project.getRuntimeClasspathElements());
        }
        catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new org.apache.maven.plugin.MojoFailureException("The function declarations in "
                    + project.getBuild().getOutputDirectory() + File.separator
                    + "application.properties cannot be deployed:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The problems found; empty when every target can be generated. */
    @SuppressWarnings("unchecked")
    static List<String> run(List<String> runtimeClasspath) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        for (String element : runtimeClasspath) {
            try {
                urls.add(new File(element).toURI().toURL());
            }
            catch (MalformedURLException e) {
                throw new MojoExecutionException("Unusable class path element " + element, e);
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Map<String, String> previousProperties = new java.util.HashMap<>();
        QUIET_SLF4J.forEach((key, value) -> previousProperties.put(key, System.setProperty(key, value)));
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> check = Class.forName(CHECK, true, loader);
            return List.copyOf((List<String>) check.getMethod("run", Map.class).invoke(null, Map.of()));
        }
        catch (ClassNotFoundException e) {
            throw new MojoExecutionException("The project's class path has no " + CHECK + ": depend on"
                    + " dev.polyfn:polyfn-core of the plugin's version (import dev.polyfn:polyfn-bom).", e);
        }
        catch (InvocationTargetException e) {
            throw new MojoExecutionException("Checking the declarations failed: " + e.getCause(), e.getCause());
        }
        catch (ReflectiveOperationException | java.io.IOException e) {
            throw new MojoExecutionException("Checking the declarations failed: " + e, e);
        }
        finally {
            thread.setContextClassLoader(previous);
            previousProperties.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                }
                else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
