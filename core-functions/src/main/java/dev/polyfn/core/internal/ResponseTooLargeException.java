package dev.polyfn.core.internal;

import dev.polyfn.core.ResponseLimit;

/**
 * A function's answer that its platform could not deliver ({@link ResponseLimit}): core answers 502 with this
 * message as the detail, and logs it with the request id. Carries no stack trace: nothing failed in the code.
 */
public final class ResponseTooLargeException extends RuntimeException {

    public ResponseTooLargeException(long bytes, ResponseLimit limit) {
        super("The function's answer (" + bytes + " bytes as sent) is larger than " + limit.platform()
                + "'s limit of " + limit.maxBytes() + " bytes.", null, false, false);
    }
}
