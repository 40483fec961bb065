package dev.polyfn.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCheckTest {

    @TempDir
    Path classes;

    @Test
    void aDeclarationOfNoBeanIsAProblemAndSlf4jSaysNothingIntoTheBuild() throws Exception {
        Files.writeString(classes.resolve("application.properties"),
                "polyfn.configuration=" + ShopFunctions.class.getName() + "\n"
                        + "polyfn.functions.chargeCard.http.path=/charge\n");
        List<String> classPath = new ArrayList<>();
        classPath.add(classes.toString());
        classPath.addAll(List.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator)));
        assertThat(classPath).as("SLF4J's API is on the class path, as in a project using Spring's logging")
            .anyMatch(element -> element.contains("slf4j-api"));

        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> problems;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            problems = BuildCheck.run(classPath);
        }
        finally {
            System.setErr(err);
        }

        assertThat(problems).singleElement().asString()
            .startsWith("polyfn.functions.chargeCard names no function bean; the beans are [");
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("SLF4J");
        assertThat(System.getProperties()).doesNotContainKeys("slf4j.provider", "slf4j.internal.verbosity");
    }
}
