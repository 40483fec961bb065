package dev.polyfn.core.internal;

import java.util.List;

import dev.polyfn.core.Problem;
import dev.polyfn.core.ProblemException;

/** Input that core rejected before the function ran (400, 413, 415, 431), with the fields at fault if known. */
public final class InvalidInputException extends ProblemException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(int status, String detail) {
        this(status, detail, List.of());
    }

    public InvalidInputException(int status, String detail, List<Problem.FieldError> errors) {
        super(status, detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
