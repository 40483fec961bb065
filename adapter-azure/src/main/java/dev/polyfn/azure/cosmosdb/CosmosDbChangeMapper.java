package dev.polyfn.azure.cosmosdb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ChangeKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.polyfn.core.rules.EnvelopeLimits;

/**
 * One Cosmos DB change feed batch as the host sends it (the documents as one JSON array) as {@link ChangeEvent}s in
 * feed order. The change feed (latest-version mode) gives each created or updated document as it is now, with its
 * system properties ({@code _rid}, {@code _etag}, {@code _ts}, {@code _lsn}); it gives no deletions and no old image.
 *
 * <p>Example: {@code [{"id":"p-1","orderId":"o-1","amount":10.00,"_lsn":12,"_ts":1795449000}]} becomes
 * {@code ChangeEvent("azure:cosmosdb", null, WRITTEN, {id=p-1}, <the document>, null, "12", 2026-11-23T...Z)}; the
 * document's JSON is the record's body. A batch that is not a JSON array of objects with an {@code id} throws
 * {@link IllegalArgumentException}.
 */
final class CosmosDbChangeMapper {

    static final String SOURCE = "azure:cosmosdb";
    private static final TypeReference<Map<String, Object>> IMAGE = new TypeReference<>() {
    };

    /** One change and the document's JSON text. */
    record Change(ChangeEvent event, String id, byte[] document) {
    }

    private CosmosDbChangeMapper() {
    }

    static List<Change> toChanges(ObjectMapper json, EnvelopeLimits limits, String documents) {
        JsonNode batch;
        try {
            batch = documents == null ? null : limits.read(documents);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Cosmos DB change feed batch is not JSON.");
        }
        if (batch == null || !batch.isArray()) {
            throw new IllegalArgumentException("Cosmos DB change feed batch is not a JSON array of documents.");
        }
        List<Change> changes = new ArrayList<>(batch.size());
        for (JsonNode document : batch) {
            if (!document.isObject() || !document.path("id").isString()) {
                throw new IllegalArgumentException("Cosmos DB change feed document " + (changes.size() + 1)
                        + " is not a JSON object with an id.");
            }
            String id = document.path("id").asString();
            JsonNode lsn = document.path("_lsn");
            JsonNode ts = document.path("_ts");
            ChangeEvent change = new ChangeEvent(SOURCE, null, ChangeKind.WRITTEN, Map.of("id", id),
                    json.convertValue(document, IMAGE), null, lsn.isMissingNode() || lsn.isNull() ? null : lsn.asString(),
                    ts.isIntegralNumber() ? Instant.ofEpochSecond(ts.asLong()) : null);
            changes.add(new Change(change, id, json.writeValueAsBytes(document)));
        }
        return changes;
    }
}
