package dev.polyfn.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryStringsTest {

    @Test
    void repeatedNamesKeepEveryValueInOrder() {
        assertThat(QueryStrings.parse("a=1&a=2&b=&c")).containsExactly(Map.entry("a", List.of("1", "2")),
                Map.entry("b", List.of("")), Map.entry("c", List.of("")));
    }

    @Test
    void malformedEscapesAreKeptAsSentNeverAnError() {
        assertThat(QueryStrings.parse("x=%zz&y=%E0%A4%A")).containsExactly(Map.entry("x", List.of("%zz")),
                Map.entry("y", List.of("\uFFFD%A")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a%20b+c|a b c", "%C3%A9t%C3%A9|été", "100%|100%", "%|%", "%4|%4", "%41%|A%", "caf%e9|caf\uFFFD",
        "%2B|+", "plain|plain"})
    void componentsDecodeLeniently(String encoded, String decoded) {
        assertThat(QueryStrings.decode(encoded)).isEqualTo(decoded);
    }

    @Test
    void noQueryGivesNoParameters() {
        assertThat(QueryStrings.parse(null)).isEmpty();
        assertThat(QueryStrings.parse("")).isEmpty();
        assertThat(QueryStrings.parse("?&&")).isEmpty();
    }

    @Test
    void encodedMapsAreDecodedNamesAndValues() {
        assertThat(QueryStrings.decodeAll(Map.of("q%20x", List.of("a%2Fb", "%zz"))))
            .containsExactly(Map.entry("q x", List.of("a/b", "%zz")));
    }
}
