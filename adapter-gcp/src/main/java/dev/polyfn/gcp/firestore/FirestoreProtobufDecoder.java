package dev.polyfn.gcp.firestore;

import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * Decodes {@code application/protobuf} data with Google's own {@code DocumentEventData}
 * ({@code com.google.cloud:google-cloudevent-types}, from google-cloudevents' {@code firestore/v1/data.proto}).
 * The only class that touches protobuf, so its classes load when the first protobuf Firestore event arrives.
 *
 * <p>Example: the bytes of {@code DocumentEventData{value: Document{name: ".../payments/p-1", fields: {...}}}} ->
 * {@code FirestoreDocument(".../payments/p-1", {...}, null)}; truncated bytes throw
 * {@link IllegalArgumentException}.
 */
final class FirestoreProtobufDecoder {

    private FirestoreProtobufDecoder() {
    }

    static FirestoreDocument decode(byte[] data) {
        DocumentEventData event;
        try {
            event = DocumentEventData.parseFrom(data);
        }
        catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("is not a valid DocumentEventData protobuf message");
        }
        String name = event.hasValue() ? event.getValue().getName()
                : event.hasOldValue() ? event.getOldValue().getName() : null;
        return new FirestoreDocument(name, FirestoreProtobufValues.fields(event.hasValue(), event.getValue()),
                FirestoreProtobufValues.fields(event.hasOldValue(), event.getOldValue()));
    }
}
