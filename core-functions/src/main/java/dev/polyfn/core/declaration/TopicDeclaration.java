package dev.polyfn.core.declaration;

/**
 * The function takes each message published to a topic: an SNS topic on AWS, a Pub/Sub topic on Google Cloud, an
 * Event Grid subscription on Azure.
 *
 * @param name       the topic's name, e.g. order-events
 * @param deadLetter where a message goes when the function keeps failing: an SQS queue on AWS, a Pub/Sub topic on
 *                   Google Cloud; none when not declared
 */
public record TopicDeclaration(String name, String deadLetter) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.TOPIC;
    }

    static TopicDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.TOPIC.settings())
                ? new TopicDeclaration(settings.text("name"), settings.text("dead-letter")) : null;
    }
}
