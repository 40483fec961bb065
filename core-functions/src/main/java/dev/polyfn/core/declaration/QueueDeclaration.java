package dev.polyfn.core.declaration;

/**
 * The function takes each message of a queue: an SQS queue on AWS (failed messages reported as batch item
 * failures), a Storage queue on Azure, a Pub/Sub topic on Google Cloud.
 *
 * @param name        the queue's name, e.g. payments
 * @param deadLetter  where a message goes after maxAttempts failures: an SQS queue on AWS, a Pub/Sub topic on
 *                    Google Cloud (Azure always uses <name>-poison); none when not declared
 * @param maxAttempts deliveries before a message is dead-lettered (default 5)
 * @param batchSize   messages per invocation on AWS (default 10); Polyfn reports each failed one alone
 */
public record QueueDeclaration(String name, String deadLetter, Integer maxAttempts, Integer batchSize)
        implements TriggerDeclaration {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    @Override
    public TriggerKind kind() {
        return TriggerKind.QUEUE;
    }

    public int maxAttemptsOrDefault() {
        return maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : maxAttempts;
    }

    static QueueDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.QUEUE.settings()) ? new QueueDeclaration(settings.text("name"),
                settings.text("dead-letter"), settings.integer("max-attempts"), settings.integer("batch-size")) : null;
    }
}
