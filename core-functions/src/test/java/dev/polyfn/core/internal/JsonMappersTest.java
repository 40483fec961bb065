package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** The mapper warmed on the startup thread is the same strict, bounded mapper as one built in place. */
class JsonMappersTest {

    @Test
    void warmedMapperKeepsTheConfiguredLimits() {
        Supplier<ObjectMapper> lazy = JsonMappers.lazy(PolyfnProperties.defaults());
        JsonMappers.warmInBackground(lazy);
        ObjectMapper mapper = lazy.get();
        int tooDeep = PolyfnProperties.defaults().maxNestingDepth() + 1;
        assertThat(mapper.readTree("{\"a\":[1,2]}").get("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> mapper.readTree("[".repeat(tooDeep) + "]".repeat(tooDeep)))
            .isInstanceOf(JacksonException.class);
        assertThat(lazy.get()).isSameAs(mapper);
    }
}
