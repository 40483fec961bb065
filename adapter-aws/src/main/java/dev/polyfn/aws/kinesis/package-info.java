/**
 * Kinesis Data Streams records ({@code Records[].eventSource} {@code aws:kinesis}): each record is a
 * {@link dev.polyfn.core.StreamRecord} whose data is the function's input; failures are reported with
 * {@code ReportBatchItemFailures}.
 */
package dev.polyfn.aws.kinesis;
