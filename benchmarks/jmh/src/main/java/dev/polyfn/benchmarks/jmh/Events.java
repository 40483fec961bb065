package dev.polyfn.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The benchmark's input: the text every case upper-cases, and provider events carrying it. */
public final class Events {

    public static final String TEXT = "hello polyfn";

    private Events() {
    }

    /** A classpath resource's bytes, e.g. {@code bytes("/events/apigw-v1-uppercase.json")}. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Events.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
