package dev.polyfn.azure.testing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.microsoft.azure.functions.rpc.messages.CollectionBytes;
import com.microsoft.azure.functions.rpc.messages.CollectionSInt64;
import com.microsoft.azure.functions.rpc.messages.CollectionString;
import com.microsoft.azure.functions.rpc.messages.TypedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Host-side values as the Functions host turns them into {@link TypedData}, and the binding data (trigger metadata)
 * it builds around a trigger value.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script.Grpc/MessageExtensions/GrpcMessageConversionExtensions.cs}
 * ({@code ToRpc}: null -> empty, byte[] -> bytes, JObject -> json, string -> string, double -> double, string[] and
 * byte[][] and long[] -> collections when the worker has TypedDataCollection (empty strings and null arrays left out), anything else -> {@code ToRpcDefault}: Newtonsoft
 * JSON, so a {@code long} becomes json {@code 1} and a DateTimeOffset json {@code "2026-11-23T02:00:00+00:00"} with
 * its quotes) and {@code src/WebJobs.Script/Utility.cs} ({@code ApplyBindingData}: the top-level properties of a JSON
 * object trigger value join the binding data, overriding keys of the same name in any case, e.g. a message's
 * {@code "id"} replaces the queue's {@code Id}).
 */
public final class HostTypedData {

    /** A .NET {@code DateTimeOffset} (serialised with its offset) or a UTC {@code DateTime} (serialised with Z). */
    public record HostTime(OffsetDateTime time, boolean dateTimeOffset) {
    }

    /** A host value serialised by Newtonsoft (ToRpcDefault) that has no TypedData case of its own. */
    public record HostJson(String json) {
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private HostTypedData() {
    }

    public static TypedData toRpc(Object value, Map<String, String> capabilities) {
        boolean collections = capabilities.containsKey("TypedDataCollection");
        TypedData.Builder data = TypedData.newBuilder();
        if (value == null) {
            return data.build();
        }
        if (value instanceof byte[] bytes) {
            return data.setBytes(ByteString.copyFrom(bytes)).build();
        }
        if (value instanceof ObjectNode object) {
            return data.setJson(object.toString()).build();
        }
        if (value instanceof String text) {
            return data.setString(text).build();
        }
        if (value instanceof Double number) {
            return data.setDouble(number).build();
        }
        if (value instanceof String[] texts && collections) {
            CollectionString.Builder all = CollectionString.newBuilder();
            for (String text : texts) {
                if (text != null && !text.isEmpty()) {
                    all.addString(text);
                }
            }
            return data.setCollectionString(all).build();
        }
        if (value instanceof byte[][] arrays && collections) {
            CollectionBytes.Builder all = CollectionBytes.newBuilder();
            for (byte[] bytes : arrays) {
                if (bytes != null) {
                    all.addBytes(ByteString.copyFrom(bytes));
                }
            }
            return data.setCollectionBytes(all).build();
        }
        if (value instanceof long[] longs && collections) {
            CollectionSInt64.Builder all = CollectionSInt64.newBuilder();
            for (long l : longs) {
                all.addSint64(l);
            }
            return data.setCollectionSint64(all).build();
        }
        return data.setJson(newtonsoftJson(value)).build();
    }

    /** Newtonsoft's {@code JsonConvert.SerializeObject(value, Formatting.None)} for the values the emulator sends. */
    static String newtonsoftJson(Object value) {
        if (value instanceof HostJson json) {
            return json.json();
        }
        if (value instanceof HostTime time) {
            return "\"" + dotnetIso(time) + "\"";
        }
        if (value instanceof JsonNode node) {
            return node.toString();
        }
        return JsonMapper.shared().writeValueAsString(value);
    }

    /** Newtonsoft's ISO format: seconds, up to 7 fraction digits without trailing zeros, then +00:00 or Z. */
    static String dotnetIso(HostTime time) {
        OffsetDateTime t = time.dateTimeOffset() ? time.time() : time.time().withOffsetSameInstant(ZoneOffset.UTC);
        String fraction = t.getNano() == 0 ? ""
                : "." + String.format("%07d", t.getNano() / 100).replaceAll("0+$", "");
        String offset = time.dateTimeOffset() ? (t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId()) : "Z";
        return t.format(SECONDS) + fraction + offset;
    }

    /** A binding data dictionary: keys compare ignoring case and keep their first spelling, as in the host. */
    static void put(Map<String, Object> bindingData, String key, Object value) {
        for (String existing : bindingData.keySet()) {
            if (existing.equalsIgnoreCase(key)) {
                bindingData.put(existing, value);
                return;
            }
        }
        bindingData.put(key, value);
    }

    /** Utility.ApplyBindingData: a JSON object value's top-level non-array properties join the binding data. */
    static void applyBindingData(String value, Map<String, Object> bindingData) {
        if (value == null) {
            return;
        }
        String trimmed = value.trim();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            return;
        }
        JsonNode parsed;
        try {
            parsed = JsonMapper.shared().readTree(trimmed);
        }
        catch (RuntimeException notJson) {
            return;
        }
        Map<String, Object> additional = new LinkedHashMap<>();
        parsed.properties().forEach(property -> {
            JsonNode v = property.getValue();
            if (v.isArray() || v.isNull()) {
                return;
            }
            additional.put(property.getKey(), v.isObject() ? v : jValueString(v));
        });
        additional.forEach((key, v) -> put(bindingData, key, v));
    }

    /** {@code (string)JValue}: text as is, integers and floats in invariant form, booleans as True / False. */
    private static String jValueString(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        // Newtonsoft reads JSON floats as double
        return new BigDecimal(Double.toString(value.asDouble())).stripTrailingZeros().toPlainString();
    }
}
