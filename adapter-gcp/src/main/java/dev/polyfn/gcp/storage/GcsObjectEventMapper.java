package dev.polyfn.gcp.storage;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.StorageObjectEvent;
import dev.polyfn.gcp.internal.GcpEventDataReader;
import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;

/**
 * Decodes a Cloud Storage CloudEvent, whose data is the object resource (StorageObjectData).
 *
 * <p>Example: {@code google.cloud.storage.object.v1.finalized} with data
 * {@code {"bucket":"docs","name":"uploads/a b.pdf","size":"1024","contentType":"application/pdf"}} becomes
 * {@code StorageObjectEvent("docs", "uploads/a b.pdf", 1024, "application/pdf", "google.cloud.storage.object.v1.finalized")}.
 * Cloud Storage's JSON gives {@code size} as a string; a number is accepted too. A missing bucket or name falls back
 * to the event's source and subject. A size that is not a whole number throws {@link ProblemException} (400).
 */
public final class GcsObjectEventMapper {

    private static final String BUCKET_SOURCE_PREFIX = "//storage.googleapis.com/projects/_/buckets/";
    private static final String OBJECT_SUBJECT_PREFIX = "objects/";

    private final GcpEventDataReader data;

    public GcsObjectEventMapper(GcpEventDataReader data) {
        this.data = data;
    }

    public PortableRequest toRequest(CloudEvent event, InvocationContext context) {
        JsonNode object = data.object(event, "Cloud Storage");
        String bucket = GcpEventDataReader.text(object, "bucket");
        if (bucket == null && event.getSource() != null
                && event.getSource().toString().startsWith(BUCKET_SOURCE_PREFIX)) {
            bucket = event.getSource().toString().substring(BUCKET_SOURCE_PREFIX.length());
        }
        String name = GcpEventDataReader.text(object, "name");
        if (name == null && event.getSubject() != null && event.getSubject().startsWith(OBJECT_SUBJECT_PREFIX)) {
            name = event.getSubject().substring(OBJECT_SUBJECT_PREFIX.length());
        }
        StorageObjectEvent portable = new StorageObjectEvent(bucket, name, size(object.path("size")),
                GcpEventDataReader.text(object, "contentType"), event.getType());
        return PortableRequest.event(portable).context(context).build();
    }

    private static long size(JsonNode size) {
        if (size.isMissingNode() || size.isNull()) {
            return 0;
        }
        if (size.isIntegralNumber() && size.canConvertToLong()) {
            return size.longValue();
        }
        if (size.isString()) {
            try {
                return Long.parseLong(size.stringValue().trim());
            }
            catch (NumberFormatException e) {
                // fall through to the problem below
            }
        }
        throw new ProblemException(400, "The Cloud Storage object size is not a whole number.");
    }
}
