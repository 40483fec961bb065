/**
 * Amazon S3 event notifications: each record becomes a {@link dev.polyfn.core.StorageObjectEvent}.
 */
package dev.polyfn.aws.s3;
