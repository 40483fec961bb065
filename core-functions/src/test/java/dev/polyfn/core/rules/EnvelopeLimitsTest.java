package dev.polyfn.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class EnvelopeLimitsTest {

    private final PolyfnProperties defaults = PolyfnProperties.defaults();
    private final EnvelopeLimits limits = new EnvelopeLimits(defaults);
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void limitsAreDerivedFromCoresBodyLimits() {
        assertThat(limits.maxLength()).isEqualTo(6 * PolyfnProperties.DEFAULT_MAX_BODY_BYTES + 1024 * 1024);
        assertThat(limits.maxNestingDepth()).isEqualTo(256);
    }

    @Test
    void aBodyAtTheLimitFitsInsideAnEnvelopeEvenAsEscapedText() {
        String body = "\\u0001".repeat((int) (PolyfnProperties.DEFAULT_MAX_BODY_BYTES / 6) * 5);
        String envelope = "{\"Records\":[{\"body\":\"" + body + "\"}]}";

        assertThat(limits.read(envelope).path("Records").path(0).path("body").asString()).hasSizeGreaterThan(1);
    }

    @Test
    void anEnvelopeNestedDeeperThanThePolicyIsRefused() {
        String deep = "[".repeat(limits.maxNestingDepth() + 1) + "]".repeat(limits.maxNestingDepth() + 1);
        String fits = "[".repeat(limits.maxNestingDepth()) + "]".repeat(limits.maxNestingDepth());

        assertThat(limits.read(fits.getBytes(StandardCharsets.UTF_8)).isArray()).isTrue();
        assertThatThrownBy(() -> limits.read(deep.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(JacksonException.class);
    }

    @Test
    void aStringLongerThanThePolicyIsRefused() {
        PolyfnProperties small = new PolyfnProperties(null, 10, 64, 1000, 100, 100, 32768, java.util.Set.of(), true,
                null, null, null, "Polyfn", "local", null, java.time.Duration.ofMillis(500), 1);
        EnvelopeLimits tight = new EnvelopeLimits(small);
        String tooLong = "{\"body\":\"" + "x".repeat((int) tight.maxLength() + 1) + "\"}";

        assertThatThrownBy(() -> tight.read(tooLong)).isInstanceOf(JacksonException.class);
    }
}
