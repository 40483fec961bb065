package dev.polyfn.test.aws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.polyfn.aws.PolyfnHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Lambda event templates of this package, and one invocation of a handler as the runtime client makes it. */
final class AwsTemplates {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private AwsTemplates() {
    }

    static ObjectNode template(String name) {
        try (InputStream in = AwsTemplates.class.getResourceAsStream("/dev/polyfn/test/aws/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing event template " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] invoke(PolyfnHandler handler, ObjectNode event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out,
                    new KitLambdaContext(UUID.randomUUID().toString()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonNode read(byte[] result) {
        return JSON.readTree(result);
    }

    /** The body as text when it is valid UTF-8, else null (it then travels base64, as binary bodies do). */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        }
        catch (CharacterCodingException e) {
            return null;
        }
    }
}
