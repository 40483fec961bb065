package dev.polyfn.examples.orders.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.polyfn.azure.testing.AzureHostEmulator;

/**
 * The function apps the end-to-end tests run under the real Java worker: the plugin's staging folder, and a folder
 * laid out for the generic entry points ({@code dev.polyfn.azure.PolyfnAzureFunctions}) with no Azure class of the
 * example's: the function.json files of {@code src/test/resources/generic-app/}, the adapter jar as
 * {@code polyfn-adapter-azure.jar} beside them, and every other jar of the staging folder's lib/ (the example's
 * functions jar among them) in lib/.
 */
final class OrdersAzureApps {

    /** App settings of the tests: the worker JVM's heap as Azure sets it, through the JAVA_OPTS app setting. */
    static final Map<String, String> SETTINGS = Map.of("JAVA_OPTS", "-Xmx256m");

    private OrdersAzureApps() {
    }

    static Path stagingFolder() {
        return Path.of(System.getProperty("azure.staging.directory"));
    }

    static AzureHostEmulator startStaged() {
        return AzureHostEmulator.start(stagingFolder(), SETTINGS);
    }

    /** Builds target/generic-app from the fixture folder and the staged jars. */
    static Path genericApp() {
        try {
            Path fixture = Path.of(OrdersAzureApps.class.getResource("/generic-app").toURI());
            Path app = Path.of("target", "generic-app").toAbsolutePath();
            delete(app);
            try (Stream<Path> files = Files.walk(fixture)) {
                for (Path file : files.toList()) {
                    Path target = app.resolve(fixture.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    }
                    else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.createDirectories(app.resolve("lib"));
            // the generated folder already has the entry points' jar beside lib/, as the fixture's function.json expect
            Files.copy(stagingFolder().resolve("polyfn-adapter-azure.jar"), app.resolve("polyfn-adapter-azure.jar"));
            try (Stream<Path> jars = Files.list(stagingFolder().resolve("lib"))) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, app.resolve("lib").resolve(jar.getFileName()));
                }
            }
            return app;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
