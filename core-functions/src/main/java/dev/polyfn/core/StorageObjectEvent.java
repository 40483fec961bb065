package dev.polyfn.core;

/**
 * An object was created, replaced or deleted in object storage: S3, Azure Blob Storage or Cloud Storage.
 *
 * <p>Example: S3 {@code ObjectCreated:Put} of {@code uploads/a b.pdf} in bucket {@code docs} becomes
 * {@code StorageObjectEvent("docs", "uploads/a b.pdf", 1024, null, "ObjectCreated:Put")} (keys are URL-decoded).
 *
 * @param bucket      bucket or container name
 * @param key         object key or blob name
 * @param size        size in bytes (0 when the source does not say)
 * @param contentType the object's content type, or null when the source does not say (S3 notifications)
 * @param eventType   the provider's event name, e.g. {@code ObjectCreated:Put},
 *                    {@code google.cloud.storage.object.v1.finalized}, {@code Microsoft.Storage.BlobCreated}
 */
public record StorageObjectEvent(String bucket, String key, long size, String contentType, String eventType) {
}
