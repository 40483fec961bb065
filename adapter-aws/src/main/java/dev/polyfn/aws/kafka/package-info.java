/**
 * Amazon MSK ({@code eventSource} {@code aws:kafka}) and self-managed Apache Kafka ({@code SelfManagedKafka})
 * batches: records grouped by topic-partition, each a {@link dev.polyfn.core.StreamRecord} whose value is the
 * function's input. Served only for a function that declares a Kafka trigger
 * ({@code polyfn.functions.<function>.kafka.*}); otherwise every Kafka event fails with a problem saying so.
 */
package dev.polyfn.aws.kafka;
