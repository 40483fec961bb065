package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.rules.EnvelopeLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JsonTrees builds and writes exactly the trees core's mapper does: same node types, same order, same failures,
 * same bytes, so envelopes read without a mapper behave as before.
 */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = JsonMappers.create(PolyfnProperties.defaults());
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "\"text\"", "0", "-1", "2147483647", "2147483648", "-9223372036854775808", "9223372036854775808",
        "123456789012345678901234567890", "1.5", "-0.0", "1e400", "1E-400", "6.02e23", "true", "false", "null",
        "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1},\"c\":2,\"a\":[3]}", "{\"a\":null}", "[null,[],{},[[[]]]]",
        "{\"\":\"empty name\"}", "{\"é\":\"\\u00e9\\ud83d\\ude00\\n\\\"\"}", "  {\"a\" : [ 1 , 2 ] }  ",
        "{\"a\":1} trailing", "[1] [2]", "{\"a\":1}}", "", "   ", "{", "[1,", "{\"a\"", "{\"a\":}", "[1,]", "{\"a\":1,}",
        "nul", "01", "1.", "NaN", "'single'", "{a:1}", "\"unterminated", "[\"\\x\"]", "\u0000", "\"\t\"",
    })
    void readsWhatTheMapperReads(String json) {
        assertSameTree(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("randomDocuments")
    void readsAndWritesGeneratedDocumentsAsTheMapperDoes(String json) {
        assertSameTree(json.getBytes(StandardCharsets.UTF_8));
        JsonNode tree = JsonTrees.read(parser(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsBytes(tree));
    }

    @Test
    void depthIsBoundedByTheParserNotByTheStack() {
        EnvelopeLimits limits = new EnvelopeLimits(PolyfnProperties.defaults());
        int allowed = limits.maxNestingDepth();
        byte[] deepest = ("[".repeat(allowed) + "]".repeat(allowed)).getBytes(StandardCharsets.UTF_8);
        assertThat(limits.read(deepest).isArray()).isTrue();
        byte[] tooDeep = ("[".repeat(allowed + 1) + "]".repeat(allowed + 1)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> limits.read(tooDeep)).isInstanceOf(JacksonException.class);
    }

    @Test
    void writesNodesBuiltInCode() {
        ObjectNode response = JsonTrees.object();
        response.put("statusCode", 200).put("body", "HELLO \"POLYFN\"").put("isBase64Encoded", false)
            .put("ratio", 0.25).put("big", new java.math.BigDecimal("1.50")).putNull("none");
        response.putObject("headers").put("Content-Type", "text/plain;charset=UTF-8");
        response.putArray("cookies").add("a=1").add(7L);
        response.put("bytes", new byte[] {1, 2, 3});
        assertThat(new String(JsonTrees.write(response), StandardCharsets.UTF_8))
            .isEqualTo(new String(MAPPER.writeValueAsBytes(response), StandardCharsets.UTF_8));
    }

    @Test
    void aTreeHoldingAJavaObjectIsRefusedNotWrittenWrongly() {
        ObjectNode withPojo = JsonTrees.object();
        withPojo.putPOJO("value", new Object());
        assertThatThrownBy(() -> JsonTrees.write(withPojo)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("POJO");
    }

    private static void assertSameTree(byte[] json) {
        Object expected = outcome(() -> MAPPER.readTree(parser(json)));
        Object actual = outcome(() -> JsonTrees.read(parser(json)));
        assertThat(actual).isEqualTo(expected);
        if (expected instanceof JsonNode node) {
            assertThat(((JsonNode) actual).getNodeType()).isEqualTo(node.getNodeType());
            assertThat(((JsonNode) actual).properties().stream().map(java.util.Map.Entry::getKey).toList())
                .isEqualTo(node.properties().stream().map(java.util.Map.Entry::getKey).toList());
        }
    }

    /** The tree, or "null", or the failure's class: what a caller can observe. */
    private static Object outcome(java.util.function.Supplier<JsonNode> read) {
        try {
            JsonNode node = read.get();
            return node == null ? "null" : node;
        }
        catch (JacksonException e) {
            return e.getClass().getName();
        }
    }

    private static JsonParser parser(byte[] json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    static Stream<String> randomDocuments() {
        Random random = new Random(20261201);
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder json = new StringBuilder();
            value(json, random, 0);
            documents.add(json.toString());
        }
        return documents.stream();
    }

    private static void value(StringBuilder json, Random random, int depth) {
        int kind = random.nextInt(depth > 5 ? 6 : 8);
        switch (kind) {
            case 0 -> json.append(random.nextInt());
            case 1 -> json.append(random.nextLong());
            case 2 -> json.append(random.nextBoolean() ? "1" + "0".repeat(random.nextInt(40)) : random.nextDouble() * 1e6);
            case 3 -> json.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 4, 5 -> {
                json.append('"');
                int length = random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    int pick = random.nextInt(6);
                    json.append(pick == 0 ? "\\n" : pick == 1 ? "\\u00e9" : pick == 2 ? "ü" : (char) ('a' + random.nextInt(26)));
                }
                json.append('"');
            }
            case 6 -> {
                json.append('[');
                int size = random.nextInt(5);
                for (int e = 0; e < size; e++) {
                    json.append(e == 0 ? "" : ",");
                    value(json, random, depth + 1);
                }
                json.append(']');
            }
            default -> {
                json.append('{');
                int size = random.nextInt(5);
                for (int e = 0; e < size; e++) {
                    // few names, so that repeated properties occur
                    json.append(e == 0 ? "" : ",").append("\"k").append(random.nextInt(4)).append("\":");
                    value(json, random, depth + 1);
                }
                json.append('}');
            }
        }
    }
}
