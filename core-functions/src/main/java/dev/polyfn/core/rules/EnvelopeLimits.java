package dev.polyfn.core.rules;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * The one limit policy for the JSON of provider envelopes (Lambda events, CloudEvent data such as a Pub/Sub push,
 * Event Grid events, Event Hubs batches, Cosmos DB documents): sized from core's own limits so that any body core
 * would accept fits inside any envelope, and nothing larger is read.
 * <ul>
 * <li>document and string length: {@code 6 × polyfn.limits.max-body-bytes + 1 MiB} (36 MiB by default), because a
 *     body at the limit may travel base64-encoded (4/3 larger) or as a JSON string whose escapes take up to six
 *     characters a byte, next to the envelope's metadata;</li>
 * <li>nesting: {@code 3 × polyfn.limits.max-nesting-depth + 64} (256 by default), because envelopes wrap each level
 *     of a document (DynamoDB's {@code {"M":{...}}} doubles it, Firestore's {@code mapValue.fields} triples it);</li>
 * <li>number length: {@code polyfn.limits.max-number-length}, as for bodies.</li>
 * </ul>
 * The payload inside then meets core's limits like any body (413 over the body limit, 400 past the JSON limits).
 *
 * <p>Example: {@code new EnvelopeLimits(properties).read(bytes)} of an SQS event gives its tree; of a
 * document nested 300 deep it throws {@link JacksonException}, which the adapter answers as a 400 problem.
 */
public final class EnvelopeLimits {

    private static final long METADATA_BYTES = 1024 * 1024;

    private final JsonFactory factory;
    private final long maxLength;
    private final int maxDepth;

    public EnvelopeLimits(PolyfnProperties properties) {
        this.maxLength = Math.min(Integer.MAX_VALUE - 1L, 6 * properties.maxBodyBytes() + METADATA_BYTES);
        this.maxDepth = 3 * properties.maxNestingDepth() + 64;
        this.factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(maxLength)
                .maxStringLength((int) maxLength)
                .maxNestingDepth(maxDepth)
                .maxNumberLength(properties.maxNumberLength())
                .build())
            .build();
    }

    /** The longest envelope document, and string inside one, in bytes or chars. */
    public long maxLength() {
        return maxLength;
    }

    public int maxNestingDepth() {
        return maxDepth;
    }

    /**
     * Reads an envelope into a tree under these limits, without a JSON mapper ({@link JsonTrees}); null when the
     * document is empty. @throws JacksonException when it is malformed or past the limits
     */
    public JsonNode read(byte[] envelope) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), envelope)) {
            return JsonTrees.read(parser);
        }
    }

    /** As {@link #read(byte[])}, for an envelope the platform hands over as text. */
    public JsonNode read(String envelope) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), envelope)) {
            return JsonTrees.read(parser);
        }
    }
}
