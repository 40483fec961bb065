package dev.polyfn.core.internal;

import java.util.List;

import dev.polyfn.core.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidDefinitionException;

/**
 * Turns a Jackson failure on request input into a 400 whose detail names the field, never a Java type: Jackson's
 * own messages carry class names, so none of them is passed on.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    static RuntimeException toProblem(JacksonException e) {
        if (e instanceof InvalidDefinitionException) {
            // the input type cannot be read as JSON at all: a programming error, not bad input
            return e;
        }
        String path = path(e);
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException(400, "Request body exceeds a JSON limit: " + limitName(e) + ".");
        }
        if (e instanceof InputCoercionException) {
            return invalidField(path, "number is out of range");
        }
        if (e instanceof StreamReadException) {
            return new InvalidInputException(400, "Request body is not valid JSON" + location(e.getLocation()) + ".");
        }
        return invalidField(path, "has the wrong type or an unreadable value");
    }

    private static InvalidInputException invalidField(String path, String what) {
        if (path.isEmpty()) {
            return new InvalidInputException(400, "Request body does not match the expected shape: " + what + ".");
        }
        return new InvalidInputException(400, "Field '" + path + "' " + what + ".",
                List.of(new Problem.FieldError(path, what)));
    }

    private static String limitName(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("depth")) {
            return "nesting is too deep";
        }
        if (message.contains("number")) {
            return "a number is too long";
        }
        if (message.contains("string") || message.contains("name")) {
            return "a string is too long";
        }
        return "the document is too large";
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
