package dev.polyfn.aws.dynamodb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Converts DynamoDB's attribute-value JSON (the data types of the DynamoDB developer guide, "Data type
 * descriptors") to plain JSON values: {@code S} -> text, {@code N} -> {@link BigDecimal}, {@code BOOL},
 * {@code NULL} -> null, {@code M} -> map, {@code L} -> list, {@code SS}/{@code NS}/{@code BS} -> lists, and binary
 * ({@code B}, {@code BS}) kept as its base64 text.
 *
 * <p>Example: {@code {"paymentId":{"S":"p-1"},"amount":{"N":"10.00"},"tags":{"SS":["a"]}}} ->
 * {@code {paymentId=p-1, amount=10.00, tags=[a]}}. A value that is not one descriptor with a value of its type
 * (e.g. {@code {"N":"ten"}}, {@code {"S":1}}, {@code {"X":"?"}}) throws {@link IllegalArgumentException} naming the
 * attribute.
 */
final class DynamoDbAttributeValues {

    private DynamoDbAttributeValues() {
    }

    /** An item ({@code Keys}, {@code NewImage}, {@code OldImage}); null when the record has none. */
    static Map<String, Object> item(JsonNode image) {
        if (image.isMissingNode() || image.isNull()) {
            return null;
        }
        if (!image.isObject()) {
            throw new IllegalArgumentException("an image is not an object of attributes");
        }
        return map(image, "");
    }

    private static Map<String, Object> map(JsonNode attributes, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        attributes.properties().forEach(e -> values.put(e.getKey(), value(e.getValue(), path + e.getKey())));
        return values;
    }

    private static Object value(JsonNode descriptor, String path) {
        if (!descriptor.isObject() || descriptor.size() != 1) {
            throw invalid(path);
        }
        Map.Entry<String, JsonNode> typed = descriptor.properties().iterator().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> text(v, path);
            case "N" -> number(v, path);
            case "B" -> binary(v, path);
            case "BOOL" -> {
                if (!v.isBoolean()) {
                    throw invalid(path);
                }
                yield v.booleanValue();
            }
            case "NULL" -> {
                if (!v.isBoolean() || !v.booleanValue()) {
                    throw invalid(path);
                }
                yield null;
            }
            case "M" -> {
                if (!v.isObject()) {
                    throw invalid(path);
                }
                yield map(v, path + ".");
            }
            case "L" -> {
                List<Object> list = new ArrayList<>();
                for (JsonNode element : array(v, path)) {
                    list.add(value(element, path + "[" + list.size() + "]"));
                }
                yield list;
            }
            case "SS" -> set(v, path, DynamoDbAttributeValues::text);
            case "NS" -> set(v, path, DynamoDbAttributeValues::number);
            case "BS" -> set(v, path, DynamoDbAttributeValues::binary);
            default -> throw invalid(path);
        };
    }

    private interface Element {
        Object read(JsonNode value, String path);
    }

    private static List<Object> set(JsonNode values, String path, Element element) {
        List<Object> list = new ArrayList<>();
        for (JsonNode value : array(values, path)) {
            list.add(element.read(value, path));
        }
        return list;
    }

    private static JsonNode array(JsonNode value, String path) {
        if (!value.isArray()) {
            throw invalid(path);
        }
        return value;
    }

    private static String text(JsonNode value, String path) {
        if (!value.isString()) {
            throw invalid(path);
        }
        return value.asString();
    }

    private static BigDecimal number(JsonNode value, String path) {
        String text = text(value, path);
        // DynamoDB numbers have at most 38 digits; longer text is not one of them (and is costly to parse)
        if (text.length() > 64) {
            throw invalid(path);
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            throw invalid(path);
        }
    }

    private static String binary(JsonNode value, String path) {
        String text = text(value, path);
        try {
            Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException e) {
            throw invalid(path);
        }
        return text;
    }

    private static IllegalArgumentException invalid(String path) {
        return new IllegalArgumentException("attribute '" + path + "' is not a valid DynamoDB attribute value");
    }
}
