/**
 * DynamoDB Streams records ({@code Records[].eventSource} {@code aws:dynamodb}): each record is a
 * {@link dev.polyfn.core.ChangeEvent} whose {@code NewImage}, converted from DynamoDB's attribute-value JSON to plain
 * JSON, is the function's input; failures are reported with {@code ReportBatchItemFailures}.
 */
package dev.polyfn.aws.dynamodb;
