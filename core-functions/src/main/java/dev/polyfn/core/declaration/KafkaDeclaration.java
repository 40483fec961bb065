package dev.polyfn.core.declaration;

/**
 * The function takes the records of a Kafka topic (AWS only): from an MSK cluster, or from a self-managed cluster.
 *
 * @param topic            the topic, e.g. payments
 * @param cluster          the ARN of the MSK cluster; leave out for a self-managed cluster
 * @param bootstrapServers a self-managed cluster's brokers, e.g. broker-1:9092,broker-2:9092
 * @param batchSize        records per invocation (default 100)
 * @param startingPosition LATEST (default) or TRIM_HORIZON
 */
public record KafkaDeclaration(String topic, String cluster, String bootstrapServers, Integer batchSize,
        String startingPosition) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.KAFKA;
    }

    static KafkaDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.KAFKA.settings()) ? new KafkaDeclaration(settings.text("topic"),
                settings.text("cluster"), settings.text("bootstrap-servers"), settings.integer("batch-size"),
                settings.text("starting-position")) : null;
    }
}
