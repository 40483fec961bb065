package dev.polyfn.azure.blob;

import dev.polyfn.core.StorageObjectEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A blob trigger's metadata as a {@link StorageObjectEvent}: {@code BlobTrigger} ({@code container/name}) gives
 * bucket and key, the {@code Properties} binding (BlobProperties as JSON: {@code ContentType},
 * {@code ContentLength} or {@code Length}) gives content type and size, else the size is the content's length.
 *
 * <p>Example: {@code "uploads/2026/a b.pdf"}, 1024 bytes, {@code {"ContentType":"application/pdf"}} ->
 * {@code StorageObjectEvent("uploads", "2026/a b.pdf", 1024, "application/pdf", "Microsoft.Storage.BlobCreated")}.
 * A path without a container or properties that are not JSON throw {@link IllegalArgumentException}.
 */
final class AzureBlobEventMapper {

    static final String EVENT_TYPE = "Microsoft.Storage.BlobCreated";

    private AzureBlobEventMapper() {
    }

    static StorageObjectEvent toEvent(ObjectMapper json, String blobPath, Long contentLength, String properties) {
        int slash = blobPath == null ? -1 : blobPath.indexOf('/');
        if (slash <= 0 || slash == blobPath.length() - 1) {
            throw new IllegalArgumentException("Blob trigger path must be '<container>/<name>'; bind"
                    + " @BindingName(\"BlobTrigger\").");
        }
        JsonNode props = readProperties(json, properties);
        long size = firstLong(props, "ContentLength", "Length", "contentLength", "length");
        if (size < 0) {
            size = contentLength == null ? 0 : contentLength;
        }
        return new StorageObjectEvent(blobPath.substring(0, slash), blobPath.substring(slash + 1), size,
                firstText(props, "ContentType", "contentType"), EVENT_TYPE);
    }

    private static JsonNode readProperties(ObjectMapper json, String properties) {
        if (properties == null || properties.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(properties);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Blob trigger Properties metadata is not JSON.");
        }
    }

    private static long firstLong(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isIntegralNumber()) {
                return node.path(name).asLong();
            }
        }
        return -1;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isString() && !node.path(name).asString().isBlank()) {
                return node.path(name).asString();
            }
        }
        return null;
    }
}
