package dev.polyfn.maven.local;

import java.io.File;
import java.io.IOException;
import java.util.List;

import dev.polyfn.maven.jar.ClasspathJar;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The local web app as a Spring Boot executable jar ({@code java -jar <name>-app.jar}), made by Spring Boot's own
 * repackager from the project's jar: its classes under {@code BOOT-INF/classes}, the project's dependencies and
 * polyfn-local's under {@code BOOT-INF/lib}, and Polyfn's main class, so the project has none.
 */
public final class AppJarWriter {

    public static final String MAIN_CLASS = "dev.polyfn.local.PolyfnLocalApplication";

    private AppJarWriter() {
    }

    /** Writes {@code destination} from the project's jar and the local app's class path (less the project itself). */
    public static void write(File projectJar, List<ClasspathJar> libraries, File destination) throws IOException {
        Repackager repackager = new Repackager(projectJar);
        repackager.setMainClass(MAIN_CLASS);
        repackager.setBackupSource(false);
        repackager.repackage(destination, callback -> {
            for (ClasspathJar jar : libraries) {
                callback.library(new Library(jar.file(), LibraryScope.RUNTIME));
            }
        });
    }
}
