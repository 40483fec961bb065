package dev.polyfn.azure;

/**
 * A non-HTTP Azure invocation (queue message, blob, Event Grid event, timer, stream batch) that the function did not
 * complete. Thrown to the Functions host on purpose: it retries the message and finally moves it to the poison
 * queue. Its message carries the problem's status and detail; it has no stack trace of its own (the cause of an
 * unexpected failure is in core's log line with the invocation id).
 *
 * <p>Example: a payment with amount 0 on {@code processPayment-queue} throws with status 400 and core's detail
 * "amount: must be greater than 0"; the message body never appears in the exception.
 */
public final class AzureInvocationException extends RuntimeException {

    private final int status;

    public AzureInvocationException(String azureFunctionName, String definition, int status, String detail) {
        super("Azure function '" + azureFunctionName + "' (" + definition + ") failed with status " + status
                + (detail == null || detail.isBlank() ? "" : ": " + detail), null, false, false);
        this.status = status;
    }

    /** The status core answered: 4xx when the message cannot be read or is invalid, 5xx when the function failed. */
    public int status() {
        return status;
    }
}
