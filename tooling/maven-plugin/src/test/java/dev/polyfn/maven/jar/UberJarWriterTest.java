package dev.polyfn.maven.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flat jar from two jars and a classes folder: rules applied, service files merged, the first copy kept. */
class UberJarWriterTest {

    @TempDir
    Path dir;

    @Test
    void mergesServiceFilesAndSpringFactoriesAndAppliesRules() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
        Files.writeString(classes.resolve("App.class"), "own");
        Files.writeString(dir.resolve("classes/application.properties"), "polyfn.configuration=com.example.App");
        Path first = jar("first.jar", Map.of(
                "com/example/App.class", "theirs",
                "org/lib/Keep.class", "keep",
                "org/lib/jmx/Drop.class", "drop",
                "META-INF/services/org.lib.Spi", "org.lib.A\n",
                "META-INF/spring.factories", "org.lib.Key=org.lib.One\n",
                "META-INF/LIB.SF", "signature",
                "module-info.class", "module"));
        Path second = jar("second.jar", Map.of(
                "META-INF/services/org.lib.Spi", "# comment\norg.lib.B\norg.lib.A\n",
                "META-INF/spring.factories", "org.lib.Key=org.lib.Two,\\\n  org.lib.Three\norg.lib.Other=org.lib.X\n",
                "META-INF/spring/org.lib.Imports.imports", "org.lib.Auto\n"));
        Path out = dir.resolve("out/app.jar");

        new UberJarWriter(List.of(EntryRule.excluding("org.lib:first", "org/lib/jmx/**"))).write(List.of(
                new ClasspathJar("com.example", "app", dir.resolve("classes").toFile()),
                new ClasspathJar("org.lib", "first", first.toFile()),
                new ClasspathJar("org.lib", "second", second.toFile())), out, Map.of("Implementation-Title", "app"));

        try (JarFile jar = new JarFile(out.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Title")).isEqualTo("app");
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            assertThat(read(jar, "com/example/App.class")).isEqualTo("own");
            assertThat(read(jar, "org/lib/Keep.class")).isEqualTo("keep");
            assertThat(jar.getEntry("org/lib/jmx/Drop.class")).isNull();
            assertThat(jar.getEntry("META-INF/LIB.SF")).isNull();
            assertThat(jar.getEntry("module-info.class")).isNull();
            assertThat(jar.getEntry("org/lib/")).isNotNull();
            assertThat(read(jar, "META-INF/services/org.lib.Spi")).isEqualTo("org.lib.A\norg.lib.B\n");
            assertThat(read(jar, "META-INF/spring.factories"))
                .isEqualTo("org.lib.Key=org.lib.One,org.lib.Two,org.lib.Three\norg.lib.Other=org.lib.X\n");
            assertThat(read(jar, "META-INF/spring/org.lib.Imports.imports")).isEqualTo("org.lib.Auto\n");
        }
    }

    @Test
    void includesKeepOnlyWhatTheyName() {
        EntryRule rule = EntryRule.including("a:b", "com/amazonaws/events/SQSBatchResponse*");

        assertThat(rule.keeps("com/amazonaws/events/SQSBatchResponse$BatchItemFailure.class")).isTrue();
        assertThat(rule.keeps("com/amazonaws/events/S3Event.class")).isFalse();
        assertThat(EntryRule.matches("META-INF/versions/*/module-info.class", "META-INF/versions/9/module-info.class"))
            .isTrue();
        assertThat(EntryRule.matches("org/x/*", "org/x/y/Z.class")).isFalse();
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String read(JarFile jar, String name) throws IOException {
        return new String(jar.getInputStream(jar.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
