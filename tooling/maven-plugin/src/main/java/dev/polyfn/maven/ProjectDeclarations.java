package dev.polyfn.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.declaration.PolyfnDeclarations;
import org.apache.maven.plugin.MojoExecutionException;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The declarations of the project: its {@code application.properties} as packaged (the compiled resources), the
 * one place every target is generated from. Neither the builder's environment variables nor system properties take
 * part, so a build gives the same artifacts on every machine.
 */
final class ProjectDeclarations {

    private ProjectDeclarations() {
    }

    static PolyfnDeclarations read(File classes) throws MojoExecutionException {
        File file = new File(classes, "application.properties");
        if (!file.isFile()) {
            throw new MojoExecutionException("No " + file + ": declare your functions and where they are exposed in"
                    + " src/main/resources/application.properties (polyfn.configuration=..., "
                    + "polyfn.functions.<bean>.http.path=/<bean>).");
        }
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
                // the file alone
            }
        };
        try {
            environment.getPropertySources().addFirst(new ResourcePropertySource(new FileSystemResource(file)));
            return PolyfnDeclarations.from(environment);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException(file + ": " + e.getMessage(), e);
        }
    }

    /** The exposed functions' names on one cloud, sorted. */
    static List<String> exposedOn(PolyfnDeclarations declarations, dev.polyfn.core.declaration.Cloud cloud) {
        return declarations.functions().entrySet().stream().filter(e -> !e.getValue().triggersOn(cloud).isEmpty())
            .map(Map.Entry::getKey).sorted().toList();
    }
}
