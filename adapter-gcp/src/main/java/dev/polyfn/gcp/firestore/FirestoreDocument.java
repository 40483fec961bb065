package dev.polyfn.gcp.firestore;

import java.util.Map;

/**
 * A decoded {@code DocumentEventData}, whichever encoding it came in: the document's name and its fields before
 * and after the change, as plain JSON values (null where the event has no such document).
 *
 * <p>Example: a creation of {@code projects/p/databases/(default)/documents/payments/p-1} has {@code oldFields}
 * null and {@code newFields} {@code {paymentId=p-1, orderId=o-1, amount=10.0}}.
 */
record FirestoreDocument(String name, Map<String, Object> newFields, Map<String, Object> oldFields) {
}
