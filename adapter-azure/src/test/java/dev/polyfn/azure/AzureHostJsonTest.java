package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** host.json's functionTimeout, the bound of every Azure invocation's deadline. */
class AzureHostJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"00:05:00, PT5M", "00:00:03, PT3S", "1.02:03:04, PT26H3M4S", "00:00:01.5, PT1.5S"})
    void timeSpansAsHostJsonWritesThem(String span, String duration) {
        assertThat(AzureHostJson.timeSpan(span)).isEqualTo(Duration.parse(duration));
    }

    @Test
    void unboundedOrAbsentIsNone() {
        assertThat(AzureHostJson.timeSpan("-1")).isNull();
        assertThat(AzureHostJson.timeSpan(null)).isNull();
        assertThat(AzureHostJson.functionTimeout(Map.<String, String>of()::get)).isNull();
    }

    @Test
    void readsTheAppFoldersHostJson(@TempDir Path app) throws IOException {
        Files.writeString(app.resolve("host.json"), "{\"version\": \"2.0\", \"functionTimeout\": \"00:10:00\"}");

        assertThat(AzureHostJson.functionTimeout(Map.of(AzureHostJson.APP_DIRECTORY, app.toString())::get))
            .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aTimeoutThatIsNoTimeSpanFailsTheStart() {
        assertThatThrownBy(() -> AzureHostJson.timeSpan("5 minutes")).hasMessageContaining("00:05:00");
    }
}
