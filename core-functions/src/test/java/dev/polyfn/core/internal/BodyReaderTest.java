package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Streamed bodies of every size against the limit, whatever the stream says it has available. */
class BodyReaderTest {

    /** A stream that claims nothing is available and hands out at most 7 bytes a read, like a chunked body. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                return 0;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 255, 256, 257, 16_384, 100_000, 1_000_000 })
    void aBodyUpToTheLimitIsReadWhole(int size) {
        byte[] body = bytes(size);

        assertThat(BodyReader.read(new ByteArrayInputStream(body), 1_000_000)).isEqualTo(body);
        assertThat(BodyReader.read(trickle(body), 1_000_000)).isEqualTo(body);
        assertThat(BodyReader.read(trickle(body), size)).as("exactly at the limit").isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 300, 20_000 })
    void oneByteOverTheLimitIs413(int limit) {
        byte[] body = bytes(limit + 1);

        for (InputStream in : Arrays.asList(new ByteArrayInputStream(body), trickle(body))) {
            assertThatThrownBy(() -> BodyReader.read(in, limit)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.status()).isEqualTo(413));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = { Long.MAX_VALUE, Integer.MAX_VALUE })
    void aLimitBeyondAnArrayStillReads(long limit) {
        byte[] body = bytes(70_000);

        assertThat(BodyReader.read(trickle(body), limit)).isEqualTo(body);
    }
}
