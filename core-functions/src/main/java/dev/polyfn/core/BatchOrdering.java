package dev.polyfn.core;

/**
 * What a failed record of a batch means for the records after it; each platform source has one.
 *
 * <p>Example: records {@code a1, b1, a2} in groups {@code a, b, a} where {@code a1} fails report {@code [a1]} with
 * {@link #UNORDERED} ({@code a2} still runs), {@code [a1, a2]} with {@link #PER_GROUP} ({@code b1} still runs), and
 * {@code [a1]} with {@link #SEQUENCE}, where neither {@code b1} nor {@code a2} runs.
 */
public enum BatchOrdering {

    /** Independent records (SQS standard queue): a failure fails only its own record. */
    UNORDERED,

    /**
     * Ordered per group (SQS FIFO message group): after a failure, the later records of the same group are reported
     * failed without running, so they are retried in order; other groups go on.
     */
    PER_GROUP,

    /**
     * One ordered sequence (Kinesis shard, DynamoDB stream shard): processing stops at the first failure and only
     * that record is reported; the platform retries the batch from it.
     */
    SEQUENCE
}
