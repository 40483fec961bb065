package dev.polyfn.aws.s3;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.polyfn.aws.internal.EventResults;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.StorageObjectEvent;
import tools.jackson.databind.JsonNode;

/**
 * Runs the function once per S3 notification record, as a {@link StorageObjectEvent}. S3 sends object keys
 * URL-encoded ({@code +} for a space); they are decoded. S3 notifications do not carry the content type (null).
 *
 * <p>Example: {@code ObjectCreated:Put} of key {@code uploads/a+b.pdf} (1024 bytes) in bucket {@code docs} becomes
 * {@code StorageObjectEvent("docs", "uploads/a b.pdf", 1024, null, "ObjectCreated:Put")}, and the invocation returns
 * the function's JSON (an array when a notification holds several records).
 * @throws dev.polyfn.aws.FunctionErrorException after all records ran, when any failed or the deadline left it
 *         unprocessed (Lambda then retries)
 */
public final class S3RecordsHandler {

    private final EventResults results;

    public S3RecordsHandler(EventResults results) {
        this.results = results;
    }

    public byte[] handle(JsonNode event, InvocationContext context, PolyfnInvoker invoker) {
        List<PortableRequest> records = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            records.add(PortableRequest.event(storageEvent(record)).context(context).build());
        }
        return results.all(invoker.invokeAll(records));
    }

    static StorageObjectEvent storageEvent(JsonNode record) {
        JsonNode s3 = record.path("s3");
        JsonNode object = s3.path("object");
        return new StorageObjectEvent(s3.path("bucket").path("name").asString(null), decodeKey(object.path("key").asString(null)),
                object.path("size").asLong(0), null, record.path("eventName").asString(null));
    }

    /** {@code uploads/a+b%2Bc.pdf} -> {@code uploads/a b+c.pdf}. */
    static String decodeKey(String key) {
        if (key == null) {
            return null;
        }
        try {
            return URLDecoder.decode(key, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return key;
        }
    }
}
