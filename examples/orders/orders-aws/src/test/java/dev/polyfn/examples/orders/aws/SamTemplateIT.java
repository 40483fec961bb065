package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The template.yaml polyfn-maven-plugin generated beside orders-aws.jar, as docs/aws.md quotes it. */
class SamTemplateIT {

    @Test
    void theDocsQuoteTheGeneratedTemplate() throws Exception {
        Path jar = Path.of(System.getProperty("orders.aws.jar"));
        String template = Files.readString(jar.resolveSibling("template.yaml"));
        String docs = Files.readString(Path.of("../../../docs/aws.md"));
        Matcher block = Pattern.compile("```yaml\\n([^`]*)```").matcher(docs);

        assertThat(block.find()).isTrue();
        assertThat(template).contains(block.group(1)).contains("CodeUri: orders-aws.jar");
    }
}
