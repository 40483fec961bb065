package dev.polyfn.core.declaration;

/** One trigger a function is exposed on, e.g. {@link HttpDeclaration} or {@link QueueDeclaration}. */
public sealed interface TriggerDeclaration permits HttpDeclaration, QueueDeclaration, TopicDeclaration,
        StorageDeclaration, ScheduleDeclaration, KinesisDeclaration, DynamoDbDeclaration, KafkaDeclaration,
        EventHubDeclaration, CosmosDbDeclaration, FirestoreDeclaration {

    TriggerKind kind();
}
