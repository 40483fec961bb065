package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content types that Spring's parser cannot read answer 415, whatever way the parser fails. */
class MediaTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // found by CoreInputFuzzTest#orderWithAnyContentType: MimeTypeUtils throws StringIndexOutOfBoundsException
        "\"/ c-=\"",
        "application/json;;;=", "/json", "application", "a/b;c=\""})
    void unparseableContentTypesAre415(String contentType) {
        assertThatThrownBy(() -> MediaTypes.parse(contentType)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(415));
    }
}
