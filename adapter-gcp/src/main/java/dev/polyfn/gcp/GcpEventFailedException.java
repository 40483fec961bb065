package dev.polyfn.gcp;

import io.cloudevents.CloudEvent;

/**
 * Thrown by {@link PolyfnCloudEventFunction#accept} when an event was not processed, so that the functions
 * framework answers non-2xx and the platform redelivers it.
 *
 * <p>Example: a Pub/Sub payment with amount 0 gives
 * {@code "CloudEvent google.cloud.pubsub.topic.v1.messagePublished id 123 failed in processPayment with status 400"}.
 * The message never holds the payload; the invocation log line with the same request id says more.
 */
public final class GcpEventFailedException extends RuntimeException {

    private final int status;

    public GcpEventFailedException(CloudEvent event, String function, int status) {
        super("CloudEvent " + printable(event.getType()) + " id " + printable(event.getId()) + " failed in "
                + function + " with status " + status, null, false, false);
        this.status = status;
    }

    /** The status core answered, e.g. 400 for invalid input or 500 for an unexpected failure. */
    public int status() {
        return status;
    }

    private static String printable(String value) {
        if (value == null) {
            return "-";
        }
        String cleaned = value.replaceAll("[^\\x21-\\x7E]", "?");
        return cleaned.length() > 128 ? cleaned.substring(0, 128) + "..." : cleaned;
    }
}
