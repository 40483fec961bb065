package dev.polyfn.core.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes JSON trees with Jackson's streaming parser and generator only, without an {@code ObjectMapper}:
 * building a mapper loads ~450 classes (~110 ms of a cold start on Lambda's JVM flags), and provider envelopes,
 * proxy responses and batch answers are trees, so a function of text or bytes never needs one.
 *
 * <p>The trees are those {@code ObjectMapper.readTree(JsonParser)} builds with core's mapper (checked against it
 * over every event fixture and fuzz corpus, {@code JsonTreesTest}): integers as int, long or big-integer nodes by
 * size, other numbers as double nodes, a repeated property keeps its first position and its last value, content
 * after the document's one value is refused. Example: {@code read(parser over {"a":[1,2.5,"x"]})} -> an object node;
 * {@code write(that node)} -> the same compact JSON bytes the mapper writes.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory WRITER = JsonFactory.builder().build();

    private JsonTrees() {
    }

    /** A new, empty object node (what {@code mapper.createObjectNode()} gives). */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new, empty array node. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * The next value of {@code parser} as a tree, or null when the parser has no content. Iterative, so the depth
     * is bounded by the parser's nesting limit alone, never by the thread's stack.
     * @throws tools.jackson.core.JacksonException when the JSON is malformed or past the parser's limits
     */
    public static JsonNode read(JsonParser parser) {
        JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
        if (token == null) {
            return null;
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        String name = null;
        for (;; token = parser.nextToken()) {
            if (token == null) {
                throw new StreamReadException(parser, "Unexpected end-of-input within a JSON value");
            }
            JsonNode value;
            switch (token) {
                case PROPERTY_NAME -> {
                    name = parser.currentName();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    ContainerNode<?> closed = open.pop();
                    if (open.isEmpty()) {
                        return refuseTrailing(parser, closed);
                    }
                    continue;
                }
                case START_OBJECT -> value = NODES.objectNode();
                case START_ARRAY -> value = NODES.arrayNode();
                default -> value = scalar(parser, token);
            }
            if (open.isEmpty()) {
                if (!value.isContainer()) {
                    return refuseTrailing(parser, value);
                }
            }
            else if (open.peek() instanceof ObjectNode object) {
                object.set(name, value);
            }
            else {
                ((ArrayNode) open.peek()).add(value);
            }
            if (value instanceof ContainerNode<?> container) {
                open.push(container);
            }
        }
    }

    /** As the mapper with {@code FAIL_ON_TRAILING_TOKENS}: a document is one value, {@code [1] [2]} is refused. */
    private static JsonNode refuseTrailing(JsonParser parser, JsonNode root) {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw MismatchedInputException.from(parser, JsonNode.class, "Trailing token (of type " + trailing
                    + ") found after value (bound as `JsonNode`): not allowed as per"
                    + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
        }
        return root;
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new StreamReadException(parser, "Unexpected token " + token + " in a JSON document");
        };
    }

    /** {@code node} as compact JSON in UTF-8. @throws IllegalArgumentException for a node holding a Java object */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = WRITER.createGenerator(ObjectWriteContext.empty(), bytes)) {
            write(generator, node);
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator generator, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    generator.writeName(property.getKey());
                    write(generator, property.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node.values()) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.stringValue());
            case NUMBER -> number(generator, node);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            case BINARY -> generator.writeBinary(node.binaryValue());
            default -> throw new IllegalArgumentException("A JSON tree holding a " + node.getNodeType()
                    + " node needs the JSON mapper to be written");
        }
    }

    private static void number(JsonGenerator generator, JsonNode node) {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
            default -> generator.writeNumber(node.doubleValue());
        }
    }
}
