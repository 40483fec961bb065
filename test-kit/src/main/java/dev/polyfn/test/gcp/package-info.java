/**
 * The Google Cloud targets of the kit: calls as the functions framework's {@code HttpRequest} (as Google's
 * java-function-invoker builds it) through {@code PolyfnHttpFunction}, and events as the CloudEvents Eventarc
 * delivers (Pub/Sub {@code messagePublished}, Cloud Storage {@code object.v1.finalized}) through
 * {@code PolyfnCloudEventFunction}. Not API: use {@link dev.polyfn.test.Target}.
 */
package dev.polyfn.test.gcp;
