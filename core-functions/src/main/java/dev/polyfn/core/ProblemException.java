package dev.polyfn.core;

/**
 * Thrown by a function to answer with a chosen status and an RFC 9457 problem body.
 *
 * <p>Example: {@code throw new ProblemException(409, "Order o-1 was already paid")} answers
 * {@code 409 application/problem+json {"type":"about:blank","title":"Conflict","status":409,"detail":"Order o-1 was already paid",...}}.
 * The detail is sent to the caller as written: put no secrets in it. Statuses outside 400..599 become 500.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(int status, String detail) {
        this(status, null, detail);
    }

    public ProblemException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status >= 400 && status <= 599 ? status : 500;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The problem title, or null to use the status's reason phrase. */
    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
