package dev.polyfn.aws;

/**
 * Thrown to the Lambda runtime when the function failed for a non-HTTP trigger or a direct invocation, so Lambda
 * records a function error (and retries asynchronous sources). The message is core's problem document, e.g.
 * {@code {"type":"about:blank","title":"Bad Request","status":400,"detail":"...","instance":"urn:..."}}, so callers
 * of {@code aws lambda invoke} can read the status; it never holds a stack trace of the failing code (that goes to
 * the log with the request id), and this exception carries none of its own.
 */
public final class FunctionErrorException extends RuntimeException {

    private final int status;

    public FunctionErrorException(int status, String problem) {
        super(problem, null, false, false);
        this.status = status;
    }

    /** The problem status: 4xx when the input was rejected, 5xx when the function failed unexpectedly. */
    public int status() {
        return status;
    }
}
