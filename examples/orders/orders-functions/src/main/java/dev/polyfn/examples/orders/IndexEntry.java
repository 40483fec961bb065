package dev.polyfn.examples.orders;

/**
 * What the upload index records for a stored object: {@code {"bucket":"docs","key":"a.pdf","size":1024,
 * "contentType":"application/pdf"}}; {@code contentType} is null when the storage event does not say (S3).
 */
public record IndexEntry(String bucket, String key, long size, String contentType) {
}
