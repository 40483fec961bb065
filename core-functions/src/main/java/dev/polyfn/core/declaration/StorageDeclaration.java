package dev.polyfn.core.declaration;

/**
 * The function takes a {@code StorageObjectEvent} for each object created in a bucket: S3 on AWS, a blob trigger on
 * Azure (the container), Cloud Storage {@code object.finalized} on Google Cloud.
 *
 * @param bucket the bucket (Azure: container), e.g. uploads
 */
public record StorageDeclaration(String bucket) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.STORAGE;
    }

    static StorageDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.STORAGE.settings()) ? new StorageDeclaration(settings.text("bucket")) : null;
    }
}
