package dev.polyfn.core.declaration;

/**
 * The function takes the records of a Kinesis data stream (AWS only). A failed record is reported by its sequence
 * number; Lambda retries from it.
 *
 * @param stream           the stream's name, e.g. payments
 * @param batchSize        records per invocation (default 100)
 * @param startingPosition LATEST (default) or TRIM_HORIZON
 * @param deadLetter       the SQS queue that receives the metadata of records given up on (after 5 retries, bisecting
 *                         the batch, or an hour); none when not declared
 */
public record KinesisDeclaration(String stream, Integer batchSize, String startingPosition, String deadLetter)
        implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.KINESIS;
    }

    static KinesisDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.KINESIS.settings()) ? new KinesisDeclaration(settings.text("stream"),
                settings.integer("batch-size"), settings.text("starting-position"), settings.text("dead-letter")) : null;
    }
}
