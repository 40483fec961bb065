package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PortableRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Header limits count the bytes a header takes on the wire (UTF-8), and are checked before the encoding (431 first). */
class HeaderPolicyLimitsTest {

    private static final HeaderPolicy POLICY = new HeaderPolicy(properties(Map.of(
            "polyfn.limits.max-header-bytes", "100")));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ascii,abc,3", "latin,é,2", "euro,€,3", "emoji,😀,4", "mixed,a€😀,8"})
    void countsUtf8Bytes(String name, String text, long bytes) {
        assertThat(HeaderPolicy.utf8Length(text)).isEqualTo(bytes);
        assertThat(HeaderPolicy.utf8Length(text)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void anUnpairedSurrogateCountsAsItsReplacement() {
        assertThat(HeaderPolicy.utf8Length("\ud800")).isEqualTo(1);
    }

    @Test
    void fiftyTwoByteCharactersAreOverAHundredByteLimit() {
        // 50 characters, 100 bytes of value + 6 of name: over the limit although only 56 characters
        PortableRequest request = PortableRequest.http("POST", "/f").header("x-name", "é".repeat(50)).build();
        assertThatThrownBy(() -> POLICY.filter(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.status()).isEqualTo(431));
        PortableRequest ascii = PortableRequest.http("POST", "/f").header("x-name", "e".repeat(50)).build();
        assertThat(POLICY.filter(ascii).headers()).isEmpty();
    }

    @Test
    void tooLargeHeadersAnswer431EvenWithACompressedBody() {
        PortableRequest request = PortableRequest.http("POST", "/f").header("content-encoding", "gzip")
            .header("x-big", "x".repeat(200)).build();
        assertThatThrownBy(() -> POLICY.filter(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.status()).isEqualTo(431));
    }

    @Test
    void aCompressedBodyWithinTheLimitsAnswers415() {
        PortableRequest request = PortableRequest.http("POST", "/f").header("content-encoding", "gzip").build();
        assertThatThrownBy(() -> POLICY.filter(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.status()).isEqualTo(415));
    }

    private static PolyfnProperties properties(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        return PolyfnProperties.from(environment);
    }
}
