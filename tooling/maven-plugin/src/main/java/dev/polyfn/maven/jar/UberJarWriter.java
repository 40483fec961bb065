package dev.polyfn.maven.jar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes one flat jar holding every entry of a class path, as Lambda and Cloud Functions load a deployment jar:
 * signatures, manifests and module descriptors of the parts left out, service files merged, and per-artifact
 * {@link EntryRule}s applied. On a duplicate the first class path entry wins (the project's own classes first).
 */
public final class UberJarWriter {

    private static final EntryRule ALWAYS = EntryRule.excluding("*:*", "META-INF/MANIFEST.MF", "META-INF/*.SF",
            "META-INF/*.DSA", "META-INF/*.RSA", "META-INF/*.EC", "META-INF/INDEX.LIST", "module-info.class",
            "META-INF/versions/*/module-info.class");

    private final List<EntryRule> rules;

    public UberJarWriter(List<EntryRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Writes {@code destination} from {@code classpath}; returns its size in bytes. */
    public long write(List<ClasspathJar> classpath, Path destination, Map<String, String> manifestEntries)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Multi-Release", "true");
        manifestEntries.forEach(manifest.getMainAttributes()::putValue);
        Files.createDirectories(destination.getParent());
        MergedResources merged = new MergedResources();
        try (OutputStream file = Files.newOutputStream(destination);
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            Set<String> written = new HashSet<>(Set.of("META-INF/", "META-INF/MANIFEST.MF"));
            for (ClasspathJar entry : classpath) {
                List<EntryRule> applying = new ArrayList<>(List.of(ALWAYS));
                rules.stream().filter(rule -> rule.appliesTo(entry)).forEach(applying::add);
                if (Files.isDirectory(entry.file().toPath())) {
                    copyFolder(entry.file().toPath(), applying, jar, written, merged);
                }
                else {
                    copyJar(entry.file().toPath(), applying, jar, written, merged);
                }
            }
            for (Map.Entry<String, byte[]> mergedFile : merged.files().entrySet()) {
                put(jar, written, mergedFile.getKey(), mergedFile.getValue());
            }
        }
        return Files.size(destination);
    }

    private static void copyJar(Path source, List<EntryRule> rules, JarOutputStream jar, Set<String> written,
            MergedResources merged) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && keeps(rules, entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        copy(entry.getName(), in.readAllBytes(), jar, written, merged);
                    }
                }
            }
        }
    }

    private static void copyFolder(Path folder, List<EntryRule> rules, JarOutputStream jar, Set<String> written,
            MergedResources merged) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (keeps(rules, name)) {
                copy(name, Files.readAllBytes(file), jar, written, merged);
            }
        }
    }

    private static boolean keeps(List<EntryRule> rules, String name) {
        return rules.stream().allMatch(rule -> rule.keeps(name));
    }

    private static void copy(String name, byte[] content, JarOutputStream jar, Set<String> written,
            MergedResources merged) throws IOException {
        if (MergedResources.isMerged(name)) {
            merged.add(name, content);
        }
        else if (!written.contains(name)) {
            put(jar, written, name, content);
        }
    }

    /** Writes the entry after its folders (class path scanning looks folders up). */
    private static void put(JarOutputStream jar, Set<String> written, String name, byte[] content) throws IOException {
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            String folder = name.substring(0, slash + 1);
            if (written.add(folder)) {
                jar.putNextEntry(new JarEntry(folder));
                jar.closeEntry();
            }
        }
        written.add(name);
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
