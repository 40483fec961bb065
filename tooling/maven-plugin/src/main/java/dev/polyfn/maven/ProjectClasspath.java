package dev.polyfn.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.polyfn.maven.jar.ClasspathJar;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The run-time class path of one target: the project's own compile and runtime dependencies plus one Polyfn
 * artifact (an adapter, or the local app), resolved together with Maven's resolver under the project's dependency
 * management, so the user declares nothing per cloud and Maven mediates versions as it would for a declared
 * dependency.
 */
final class ProjectClasspath {

    // Maven 3.8 does not give plugins its resolver's util classes (JavaScopes, DependencyFilterUtils): plain values
    private static final String COMPILE = "compile";
    private static final String RUNTIME = "runtime";
    private static final Set<String> RUNTIME_SCOPES = Set.of(COMPILE, RUNTIME);

    private final MavenProject project;
    private final RepositorySystemSession session;
    private final RepositorySystem system;
    private final String polyfnVersion;

    ProjectClasspath(MavenProject project, RepositorySystemSession session, RepositorySystem system,
            String polyfnVersion) {
        this.project = project;
        this.session = session;
        this.system = system;
        this.polyfnVersion = polyfnVersion;
    }

    /** A platform's own runtime jar (a container image's), with its runtime dependencies when {@code transitive}. */
    List<java.io.File> platform(String groupId, String artifactId, String version, boolean transitive)
            throws MojoExecutionException {
        CollectRequest request = new CollectRequest();
        request.setRepositories(project.getRemoteProjectRepositories());
        request.addDependency(new Dependency(new DefaultArtifact(groupId, artifactId, "jar", version), RUNTIME));
        try {
            DependencyRequest runtime = new DependencyRequest(request, (node, parents) -> node.getDependency() == null
                    || (RUNTIME_SCOPES.contains(node.getDependency().getScope()) && !node.getDependency().isOptional()
                    && (transitive || parents.size() <= 1)));
            List<java.io.File> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, runtime).getArtifactResults()) {
                if ("jar".equals(result.getArtifact().getExtension()) && result.getArtifact().getFile() != null) {
                    jars.add(result.getArtifact().getFile());
                }
            }
            return jars;
        }
        catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve " + groupId + ":" + artifactId + ":" + version + ": "
                    + e.getMessage(), e);
        }
    }

    /** The resolved artifacts of the project plus {@code dev.polyfn:<polyfnArtifacts>}, in class path order. */
    List<ClasspathJar> with(String... polyfnArtifacts) throws MojoExecutionException {
        ArtifactTypeRegistry types = session.getArtifactTypeRegistry();
        CollectRequest request = new CollectRequest();
        request.setRepositories(project.getRemoteProjectRepositories());
        // first: where the project and the target share a dependency at the same depth, the target's own
        // declaration (with its exclusions) wins, as it would in a module that declared the target
        for (String polyfnArtifact : polyfnArtifacts) {
            request.addDependency(new Dependency(new DefaultArtifact("dev.polyfn", polyfnArtifact, "jar",
                    polyfnVersion), RUNTIME));
        }
        for (org.apache.maven.model.Dependency dependency : project.getDependencies()) {
            String scope = dependency.getScope() == null ? COMPILE : dependency.getScope();
            if (RUNTIME_SCOPES.contains(scope)) {
                request.addDependency(RepositoryUtils.toDependency(dependency, types));
            }
        }
        if (project.getDependencyManagement() != null) {
            for (org.apache.maven.model.Dependency managed : project.getDependencyManagement().getDependencies()) {
                request.addManagedDependency(RepositoryUtils.toDependency(managed, types));
            }
        }
        try {
            List<ClasspathJar> jars = new ArrayList<>();
            DependencyRequest runtime = new DependencyRequest(request, (node, parents) -> node.getDependency() == null
                    || RUNTIME_SCOPES.contains(node.getDependency().getScope()));
            for (ArtifactResult result : system.resolveDependencies(session, runtime).getArtifactResults()) {
                org.eclipse.aether.artifact.Artifact artifact = result.getArtifact();
                if ("jar".equals(artifact.getExtension()) && artifact.getFile() != null) {
                    jars.add(new ClasspathJar(artifact.getGroupId(), artifact.getArtifactId(), artifact.getFile()));
                }
            }
            return jars;
        }
        catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve dev.polyfn:" + String.join(",", polyfnArtifacts) + ":"
                    + polyfnVersion
                    + " with the project's dependencies: " + e.getMessage(), e);
        }
    }
}
