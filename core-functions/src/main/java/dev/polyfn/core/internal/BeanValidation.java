package dev.polyfn.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.polyfn.core.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Jakarta Bean Validation of function inputs, 400 naming each invalid field.
 *
 * <p>The validator is built on first use, so functions whose input is text or bytes never pay for it. Messages are
 * interpolated without Expression Language: constraint messages can never evaluate an expression (the class of
 * bug behind Hibernate Validator's EL injection advisories).
 */
public final class BeanValidation {

    private volatile Validator validator;

    public void validate(Object input) {
        if (input == null || isPlainValue(input.getClass())) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator().validate(input);
        if (violations.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = violations.stream()
            .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
            .toList();
        String detail = errors.stream()
            .map(e -> (e.field().isEmpty() ? "body" : e.field()) + ": " + e.message())
            .collect(Collectors.joining("; "));
        throw new InvalidInputException(400, "Invalid request: " + detail + ".", errors);
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = Validation.byDefaultProvider().configure()
                        .messageInterpolator(new ParameterMessageInterpolator())
                        .buildValidatorFactory()
                        .getValidator();
                }
                v = validator;
            }
        }
        return v;
    }

    private static boolean isPlainValue(Class<?> type) {
        return type.isPrimitive() || type.getName().startsWith("java.") || type.isArray();
    }
}
