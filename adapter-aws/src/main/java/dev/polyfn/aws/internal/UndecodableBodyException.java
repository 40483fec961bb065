package dev.polyfn.aws.internal;

/**
 * An HTTP event whose body cannot even be decoded (e.g. bad base64); the handler answers it through core's
 * {@code reject}, as a 400 problem.
 */
public final class UndecodableBodyException extends RuntimeException {

    public UndecodableBodyException(String detail) {
        super(detail, null, false, false);
    }
}
