package dev.polyfn.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.declaration.Cloud;
import dev.polyfn.core.declaration.PolyfnDeclarations;
import dev.polyfn.maven.aws.AwsJarRules;
import dev.polyfn.maven.azure.AzureAppWriter;
import dev.polyfn.maven.container.ContainerPlatform;
import dev.polyfn.maven.aws.SamTemplateWriter;
import dev.polyfn.maven.gcp.GcpDeployScriptWriter;
import dev.polyfn.maven.gcp.GcpJarRules;
import dev.polyfn.maven.jar.ClasspathJar;
import dev.polyfn.maven.jar.UberJarWriter;
import dev.polyfn.maven.local.AppJarWriter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds every target of a module of plain function beans, from the declarations in its
 * {@code application.properties}, after checking them against the beans (a missing bean, a trigger no cloud of the
 * function offers, an input type a trigger cannot fill fail the build with every problem listed):
 * <ul>
 * <li>{@code target/<name>-app.jar}: the local web app (Spring Boot, Polyfn's main class);</li>
 * <li>{@code target/<name>-aws.jar} and {@code target/template.yaml}: AWS Lambda and its SAM template;</li>
 * <li>{@code target/<name>-gcp.jar} and {@code target/gcp-deploy.sh}: Google Cloud Functions and the gcloud commands;</li>
 * <li>{@code target/azure-functions/<name>/}: the Azure Functions app, with Polyfn's generic entry points;</li>
 * <li>with {@code polyfn.container=true}, {@code target/container/{aws,gcp}/}: container image layouts.</li>
 * </ul>
 * The adapters and the local app's web stack are resolved here, with the project's dependencies: the project
 * declares only {@code polyfn-core}.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class PackageMojo extends AbstractMojo {

    /**
     * Polyfn as SLF4J's backend, for the cloud artifacts only: in the local app Spring Boot's Logback is, and two
     * SLF4J providers would stop Boot from starting.
     */
    private static final String CLOUD_LOGGING = "polyfn-cloud-logging";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private RepositorySystem repositorySystem;

    /** The artifacts' base name: {@code <name>-app.jar}, {@code <name>-aws.jar}, {@code azure-functions/<name>/}. */
    @Parameter(property = "polyfn.name", defaultValue = "${project.artifactId}")
    private String name;

    /** The targets to build: any of {@code app}, {@code aws}, {@code gcp}, {@code azure}. */
    @Parameter(property = "polyfn.targets", defaultValue = "app,aws,gcp,azure")
    private List<String> targets;

    @Parameter(property = "polyfn.skip", defaultValue = "false")
    private boolean skip;

    /** Also a container image layout beside the AWS and GCP jars: {@code target/container/<target>/} (docs/containers.md). */
    @Parameter(property = "polyfn.container", defaultValue = "false")
    private boolean container;

    /** A JDK 25 {@code java} training each layout's AOT cache at build time (else {@code POLYFN_AOT_JAVA}, else none). */
    @Parameter(property = "polyfn.container.java")
    private File containerJava;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Polyfn packaging (polyfn.skip)");
            return;
        }
        for (String target : targets) {
            if (!List.of("app", "aws", "gcp", "azure").contains(target.trim())) {
                throw new MojoFailureException("Unknown target '" + target + "': use app, aws, gcp or azure.");
            }
        }
        File classes = new File(project.getBuild().getOutputDirectory());
        PolyfnDeclarations declarations = ProjectDeclarations.read(classes);
        BuildCheck.enforce(project);
        Path target = Path.of(project.getBuild().getDirectory());
        ProjectClasspath classpath = new ProjectClasspath(project, session.getRepositorySession(), repositorySystem,
                plugin.getVersion());
        ClasspathJar own = new ClasspathJar(project.getGroupId(), project.getArtifactId(), classes);
        ContainerImages images = new ContainerImages(container, target, classpath, containerJava, getLog());
        try {
            if (builds("app")) {
                app(classpath, target.resolve(name + "-app.jar"));
            }
            if (builds("aws") && exposed(declarations, Cloud.AWS)) {
                jar(own, classpath.with("polyfn-adapter-aws", CLOUD_LOGGING), new UberJarWriter(AwsJarRules.rules()),
                        target.resolve(name + "-aws.jar"));
                text(target.resolve("template.yaml"), new SamTemplateWriter(name + "-aws.jar", declarations).write());
                images.build(ContainerPlatform.AWS, target.resolve(name + "-aws.jar"), declarations);
            }
            if (builds("gcp") && exposed(declarations, Cloud.GCP)) {
                jar(own, classpath.with("polyfn-adapter-gcp", CLOUD_LOGGING), new UberJarWriter(GcpJarRules.rules()),
                        target.resolve(name + "-gcp.jar"));
                Path script = target.resolve("gcp-deploy.sh");
                text(script, new GcpDeployScriptWriter(name + "-gcp.jar", declarations).write());
                script.toFile().setExecutable(true);
                images.build(ContainerPlatform.GCP, target.resolve(name + "-gcp.jar"), declarations);
            }
            if (builds("azure") && exposed(declarations, Cloud.AZURE)) {
                Path app = target.resolve("azure-functions").resolve(name);
                List<String> functions = new AzureAppWriter(declarations).write(app, projectJar().toPath(),
                        classpath.with("polyfn-adapter-azure", CLOUD_LOGGING));
                getLog().info(app + " (Azure functions " + functions + ")");
            }
        }
        catch (IOException e) {
            throw new MojoExecutionException("Packaging " + name + " failed: " + e.getMessage(), e);
        }
        catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private File projectJar() throws MojoExecutionException {
        File projectJar = project.getArtifact().getFile();
        if (projectJar == null || !projectJar.isFile()) {
            throw new MojoExecutionException("The project's jar is not built yet: run `mvn package`, which builds it"
                    + " before this goal.");
        }
        return projectJar;
    }

    private void app(ProjectClasspath classpath, Path destination) throws MojoExecutionException, IOException {
        AppJarWriter.write(projectJar(), classpath.with("polyfn-local"), destination.toFile());
        getLog().info("Local web app: " + destination + " (java -jar " + destination.getFileName() + ")");
    }

    private void jar(ClasspathJar own, List<ClasspathJar> dependencies, UberJarWriter writer, Path destination)
            throws IOException {
        List<ClasspathJar> jars = new ArrayList<>();
        jars.add(own);
        jars.addAll(dependencies);
        long size = writer.write(jars, destination, Map.of("Implementation-Title", name, "Implementation-Version",
                project.getVersion(), "Created-By", "polyfn-maven-plugin " + plugin.getVersion()));
        getLog().info(String.format("%s (%.1f MB)", destination, size / 1_048_576.0));
    }

    private boolean exposed(PolyfnDeclarations declarations, Cloud cloud) {
        List<String> functions = ProjectDeclarations.exposedOn(declarations, cloud);
        if (functions.isEmpty()) {
            getLog().info("No function is exposed on " + cloud.title() + ": nothing to build for it");
        }
        return !functions.isEmpty();
    }

    private boolean builds(String target) {
        return targets.stream().anyMatch(t -> t.trim().equals(target));
    }

    private static void text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
