package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;

import dev.polyfn.core.PolyfnProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** The mapper built on the startup thread is the same strict, bounded mapper as one built in place. */
class JsonMappersTest {

    @Test
    void backgroundMapperKeepsTheConfiguredLimits() {
        ObjectMapper mapper = JsonMappers.await(JsonMappers.createInBackground(PolyfnProperties.defaults()));
        String tooDeep = "[".repeat(PolyfnProperties.defaults().maxNestingDepth() + 1)
                + "]".repeat(PolyfnProperties.defaults().maxNestingDepth() + 1);
        assertThat(mapper.readTree("{\"a\":[1,2]}").get("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> mapper.readTree(tooDeep)).isInstanceOf(JacksonException.class);
    }

    @Test
    void awaitRethrowsTheBuildFailureItself() {
        CompletableFuture<ObjectMapper> failed = CompletableFuture.failedFuture(new IllegalStateException("bad limits"));
        assertThatThrownBy(() -> JsonMappers.await(failed)).isInstanceOf(IllegalStateException.class)
            .hasMessage("bad limits");
    }

    @Test
    void primingLeavesTheMapperUsable() {
        ObjectMapper mapper = JsonMappers.create(PolyfnProperties.defaults());
        JsonMappers.prime(mapper);
        assertThat(mapper.writeValueAsString(mapper.readTree("{\"k\":\"v\"}"))).isEqualTo("{\"k\":\"v\"}");
    }
}
