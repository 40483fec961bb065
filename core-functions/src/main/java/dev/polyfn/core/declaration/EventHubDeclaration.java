package dev.polyfn.core.declaration;

/**
 * The function takes the events of an Azure Event Hub (Azure only).
 *
 * @param name          the event hub, e.g. payments
 * @param connection    the app setting holding its connection string (default EventHubConnection)
 * @param consumerGroup the consumer group (default $Default)
 */
public record EventHubDeclaration(String name, String connection, String consumerGroup)
        implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.EVENTHUB;
    }

    static EventHubDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.EVENTHUB.settings()) ? new EventHubDeclaration(settings.text("name"),
                settings.text("connection"), settings.text("consumer-group")) : null;
    }
}
