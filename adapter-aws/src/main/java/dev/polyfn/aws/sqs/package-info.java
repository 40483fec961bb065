/**
 * Amazon SQS event source mappings: one invocation per record, partial batch failures reported as
 * {@code batchItemFailures} (enable {@code ReportBatchItemFailures} on the mapping).
 */
package dev.polyfn.aws.sqs;
