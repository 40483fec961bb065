package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.internal.JsonMappers;
import dev.polyfn.core.internal.JsonTrees;
import dev.polyfn.core.rules.EnvelopeLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every Lambda event this module is tested with, and every input of its fuzz corpus, reads into the tree core's
 * JSON mapper reads and writes back to the same bytes: envelopes no longer need the mapper, and nothing about
 * them changed.
 */
class EnvelopeTreesTest {

    private static final ObjectMapper MAPPER = JsonMappers.create(PolyfnProperties.defaults());
    private static final EnvelopeLimits LIMITS = new EnvelopeLimits(PolyfnProperties.defaults());

    @ParameterizedTest
    @MethodSource("eventFiles")
    void readsAndWritesEveryEventAsTheMapperDoes(Path file) throws IOException {
        byte[] event = Files.readAllBytes(file);
        JsonNode expected;
        try {
            expected = MAPPER.readTree(event);
        }
        catch (tools.jackson.core.JacksonException e) {
            // not JSON (a fuzz input): refused either way
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LIMITS.read(event))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
            return;
        }
        JsonNode tree = LIMITS.read(event);
        if (expected.isMissingNode()) {
            assertThat(tree).isNull();
            return;
        }
        assertThat(tree).isEqualTo(expected);
        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsBytes(expected));
    }

    static Stream<Path> eventFiles() throws IOException {
        Path resources = Path.of("src/test/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            java.util.List<Path> all = files.filter(Files::isRegularFile)
                .filter(f -> f.toString().endsWith(".json") || f.toString().contains("FuzzTestInputs"))
                .sorted().toList();
            assertThat(all).hasSizeGreaterThan(60);
            return all.stream();
        }
    }
}
