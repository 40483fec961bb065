package dev.polyfn.maven.jar;

import java.io.File;

/**
 * One entry of a class path: a jar, or the project's classes folder, with the coordinates packaging rules match on.
 *
 * @param groupId    e.g. {@code org.springframework}
 * @param artifactId e.g. {@code spring-context}
 * @param file       the jar, or a folder of classes
 */
public record ClasspathJar(String groupId, String artifactId, File file) {

    /** {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }
}
