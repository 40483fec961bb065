package dev.polyfn.core.declaration;

/**
 * The function takes Firestore document events (Google Cloud only, through Eventarc).
 *
 * @param document the document path pattern, e.g. payments/{paymentId}
 * @param database the database (default (default))
 * @param event    written (default), created, updated or deleted
 * @param location the database's location, e.g. nam5 (the trigger's location; default: the function's region)
 */
public record FirestoreDeclaration(String document, String database, String event, String location)
        implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.FIRESTORE;
    }

    static FirestoreDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.FIRESTORE.settings()) ? new FirestoreDeclaration(settings.text("document"),
                settings.text("database"), settings.text("event"), settings.text("location")) : null;
    }
}
