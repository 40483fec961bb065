/**
 * Firestore document events from Eventarc ({@code google.cloud.firestore.document.v1.created}, {@code .updated},
 * {@code .deleted}, {@code .written}, and their {@code .withAuthContext} variants): Google's protobuf
 * {@code DocumentEventData} (or its JSON form) becomes a {@link dev.polyfn.core.ChangeEvent} whose new value's
 * fields, as plain JSON, are the function's input. The protobuf classes load only when such an event arrives.
 */
package dev.polyfn.gcp.firestore;
