package dev.polyfn.core;

/**
 * What happened to the item or document of a {@link ChangeEvent}.
 *
 * <p>Example: DynamoDB Streams {@code INSERT} is {@link #CREATED}, {@code MODIFY} {@link #UPDATED}, {@code REMOVE}
 * {@link #DELETED}; Firestore {@code google.cloud.firestore.document.v1.created} is {@link #CREATED}.
 */
public enum ChangeKind {
    /** The item or document did not exist before: {@link ChangeEvent#newImage()} only. */
    CREATED,
    /** An existing item or document changed: both images where the source sends them. */
    UPDATED,
    /** The item or document was removed: {@link ChangeEvent#oldImage()} only (or neither). */
    DELETED,
    /** Created or updated, and the source does not say which (e.g. a change feed of latest versions). */
    WRITTEN
}
