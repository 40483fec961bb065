package dev.polyfn.core.declaration;

/**
 * The function takes the change records of a DynamoDB table's stream (AWS only). A failed record is reported by its
 * sequence number; Lambda retries from it.
 *
 * @param table            the table's name, e.g. payments; its stream's ARN is a parameter of the template
 * @param batchSize        records per invocation (default 100)
 * @param startingPosition LATEST (default) or TRIM_HORIZON
 * @param deadLetter       the SQS queue that receives the metadata of records given up on (after 5 retries, bisecting
 *                         the batch, or an hour); none when not declared
 * @param events           the changes that reach the function, e.g. INSERT,MODIFY (default: every change; a
 *                         deletion has no new image to read a type of yours from)
 */
public record DynamoDbDeclaration(String table, Integer batchSize, String startingPosition, String deadLetter,
        java.util.List<String> events) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.DYNAMODB;
    }

    static DynamoDbDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.DYNAMODB.settings()) ? new DynamoDbDeclaration(settings.text("table"),
                settings.integer("batch-size"), settings.text("starting-position"), settings.text("dead-letter"),
                settings.list("events")) : null;
    }
}
