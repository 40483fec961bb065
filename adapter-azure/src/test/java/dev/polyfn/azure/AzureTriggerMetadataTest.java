package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

class AzureTriggerMetadataTest {

    @ParameterizedTest
    @CsvSource({
            "'\"2026-11-23T02:00:00+00:00\"', 2026-11-23T02:00:00+00:00",
            "1, 1",
            "abc, abc",
            "'\"a \\\"quoted\\\" name\"', a \"quoted\" name",
            "'\"unterminated', \"unterminated"
    })
    void textDropsTheQuotesOfAJsonStringAndKeepsEverythingElse(String metadata, String expected) {
        assertThat(AzureTriggerMetadata.text(metadata)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T02:00:00+01:00, 2026-11-23T01:00:00Z",
            "2026-11-23T02:00:00Z, 2026-11-23T02:00:00Z",
            // the host writes a DateTime of unspecified kind without an offset: UTC, its default zone
            "2026-11-23T02:00:00.1234567, 2026-11-23T02:00:00.1234567Z"
    })
    void timeReadsADotNetDateWithOrWithoutItsOffset(String written, String expected) {
        assertThat(AzureTriggerMetadata.time(JsonNodeFactory.instance.stringNode(written), "Next"))
            .isEqualTo(Instant.parse(expected));
    }

    @Test
    void aMissingOrBlankTimeIsNone() {
        assertThat(AzureTriggerMetadata.time(NullNode.getInstance(), "Next")).isNull();
        assertThat(AzureTriggerMetadata.time(JsonNodeFactory.instance.stringNode(" "), "Next")).isNull();
        assertThat(AzureTriggerMetadata.time(JsonNodeFactory.instance.numberNode(5), "Next")).isNull();
    }

    @Test
    void aTimeThatIsNotIso8601IsRejectedNamingItsField() {
        assertThatThrownBy(() -> AzureTriggerMetadata.time(JsonNodeFactory.instance.stringNode("11/23/2026 02:00"),
                "Event Hubs EnqueuedTimeUtc"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Event Hubs EnqueuedTimeUtc is not an ISO 8601 time.");
    }
}
