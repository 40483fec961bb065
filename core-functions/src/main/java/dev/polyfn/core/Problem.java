package dev.polyfn.core;

import java.util.List;

/**
 * An RFC 9457 problem body: what every error answer of Polyfn carries as {@code application/problem+json}.
 *
 * <p>Example: {@code {"type":"about:blank","title":"Bad Request","status":400,
 * "detail":"customerId: must not be blank","instance":"urn:polyfn:request:7f3c...","errors":[...]}}.
 *
 * @param type     a URI naming the problem type ({@code about:blank}: the status says it all)
 * @param title    the status's reason phrase or a short summary
 * @param status   the HTTP status code, equal to the response status
 * @param detail   what went wrong, for a human; never a stack trace, class name or file path
 * @param instance this occurrence: the request path when HTTP, else {@code urn:polyfn:request:<request id>}
 * @param errors   the invalid fields for validation errors, else empty
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One invalid input field.
     *
     * @param field   the property path, e.g. {@code items[0].quantity}
     * @param message why it is invalid, e.g. {@code must be greater than or equal to 1}
     */
    public record FieldError(String field, String message) {
    }
}
