package dev.polyfn.gcp.firestore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.events.cloud.firestore.v1.Document;
import com.google.events.cloud.firestore.v1.Value;

/**
 * Converts a Firestore document's fields, as Google's {@code DocumentEventData} protobuf carries them, to plain JSON
 * values: strings, {@link BigDecimal} numbers (integers and finite doubles), booleans, null, lists, maps;
 * timestamps as ISO-8601 text, bytes as base64 text, references as their document name, geo points as
 * {@code {latitude, longitude}}.
 *
 * <p>Example: fields {@code amount: doubleValue 10.0, paymentId: stringValue "p-1"} ->
 * {@code {amount=10.0, paymentId=p-1}}.
 */
final class FirestoreProtobufValues {

    private FirestoreProtobufValues() {
    }

    /** The document's fields; null when the event has no such document (e.g. the old value of a creation). */
    static Map<String, Object> fields(boolean present, Document document) {
        return present ? map(document.getFieldsMap()) : null;
    }

    private static Map<String, Object> map(Map<String, Value> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, value(value)));
        return values;
    }

    private static Object value(Value value) {
        return switch (value.getValueTypeCase()) {
            case NULL_VALUE, VALUETYPE_NOT_SET -> null;
            case BOOLEAN_VALUE -> value.getBooleanValue();
            case INTEGER_VALUE -> BigDecimal.valueOf(value.getIntegerValue());
            case DOUBLE_VALUE -> FirestoreJsonValues.number(value.getDoubleValue());
            case TIMESTAMP_VALUE -> Instant.ofEpochSecond(value.getTimestampValue().getSeconds(),
                    value.getTimestampValue().getNanos()).toString();
            case STRING_VALUE -> value.getStringValue();
            case BYTES_VALUE -> Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray());
            case REFERENCE_VALUE -> value.getReferenceValue();
            case GEO_POINT_VALUE -> FirestoreJsonValues.geoPoint(value.getGeoPointValue().getLatitude(),
                    value.getGeoPointValue().getLongitude());
            case ARRAY_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getArrayValue().getValuesList().forEach(v -> list.add(value(v)));
                yield list;
            }
            case MAP_VALUE -> map(value.getMapValue().getFieldsMap());
        };
    }
}
