package dev.polyfn.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The event files under src/test/resources/events/aws (see the README there). */
final class Fixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/aws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutable copy of a fixture, to vary one field. */
    static ObjectNode tree(String name) {
        return (ObjectNode) JSON.readTree(bytes(name));
    }

    static byte[] write(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    static JsonNode read(byte[] bytes) {
        return JSON.readTree(bytes);
    }
}
