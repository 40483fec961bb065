package dev.polyfn.gcp.firestore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Converts a Firestore document's fields in the JSON form of {@code DocumentEventData} (protobuf's JSON mapping,
 * the same as Firestore's REST {@code Value}) to the plain JSON values {@link FirestoreProtobufValues} gives.
 *
 * <p>Example: {@code {"amount":{"doubleValue":10.5},"n":{"integerValue":"3"},"tags":{"arrayValue":{"values":
 * [{"stringValue":"a"}]}}}} -> {@code {amount=10.5, n=3, tags=[a]}}. A value that is not one of Firestore's
 * value kinds throws {@link IllegalArgumentException} naming the field.
 */
final class FirestoreJsonValues {

    private FirestoreJsonValues() {
    }

    /** The {@code fields} of a document object; null when the document is absent. */
    static Map<String, Object> fields(JsonNode document) {
        if (document.isMissingNode() || document.isNull()) {
            return null;
        }
        return map(document.path("fields"), "");
    }

    /** A finite double as a number; NaN and the infinities (which JSON cannot hold) as their names. */
    static Object number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : String.valueOf(value);
    }

    static Map<String, Object> geoPoint(double latitude, double longitude) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("latitude", number(latitude));
        point.put("longitude", number(longitude));
        return point;
    }

    private static Map<String, Object> map(JsonNode fields, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (fields.isMissingNode() || fields.isNull()) {
            return values;
        }
        if (!fields.isObject()) {
            throw invalid(path);
        }
        fields.properties().forEach(e -> values.put(e.getKey(), value(e.getValue(), path + e.getKey())));
        return values;
    }

    private static Object value(JsonNode value, String path) {
        if (!value.isObject() || value.size() != 1) {
            throw invalid(path);
        }
        Map.Entry<String, JsonNode> typed = value.properties().iterator().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "nullValue" -> null;
            case "booleanValue" -> {
                if (!v.isBoolean()) {
                    throw invalid(path);
                }
                yield v.booleanValue();
            }
            case "integerValue" -> {
                try {
                    // int64 arrives as a JSON string (or a number)
                    yield BigDecimal.valueOf(Long.parseLong(v.asString()));
                }
                catch (NumberFormatException e) {
                    throw invalid(path);
                }
            }
            case "doubleValue" -> {
                if (!v.isNumber()) {
                    throw invalid(path);
                }
                yield number(v.doubleValue());
            }
            case "stringValue", "timestampValue", "bytesValue", "referenceValue" -> {
                if (!v.isString()) {
                    throw invalid(path);
                }
                yield v.asString();
            }
            case "geoPointValue" -> geoPoint(v.path("latitude").asDouble(),
                    v.path("longitude").asDouble());
            case "arrayValue" -> {
                List<Object> list = new ArrayList<>();
                for (JsonNode element : v.path("values")) {
                    list.add(value(element, path + "[" + list.size() + "]"));
                }
                yield list;
            }
            case "mapValue" -> map(v.path("fields"), path + ".");
            default -> throw invalid(path);
        };
    }

    private static IllegalArgumentException invalid(String path) {
        return new IllegalArgumentException("field '" + path + "' is not a Firestore value");
    }
}
