package dev.polyfn.core;

/**
 * One record of a batch as an adapter hands it to {@link PolyfnInvoker#invokeBatch}: the id the platform wants back
 * when the record fails, the ordering group it belongs to, and the request to run.
 *
 * <p>Example: an SQS FIFO record {@code m-2} of message group {@code customer-7} is
 * {@code new BatchRecord("m-2", "customer-7", request)}; a Kinesis record is reported by its sequence number,
 * {@code new BatchRecord("4954...", null, request)}.
 *
 * @param id      the identifier reported for a failed record (SQS message id, stream sequence number)
 * @param group   the ordering group ({@link BatchOrdering#PER_GROUP}), or null
 * @param request the record as a portable request
 */
public record BatchRecord(String id, String group, PortableRequest request) {
}
