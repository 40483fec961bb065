package dev.polyfn.core.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/** Reads request content types: which ones are JSON, and which charset a body is in. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The parsed content type, or null when absent; 415 when it cannot be parsed. */
    static MimeType parse(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MimeTypeUtils.parseMimeType(contentType);
        }
        catch (InvalidMimeTypeException | IndexOutOfBoundsException e) {
            // Spring's parser also fails with an index error on some malformed quoting (found by fuzzing)
            throw new InvalidInputException(415, "Content-Type '" + printable(contentType) + "' cannot be parsed.");
        }
    }

    /** JSON is {@code application/json} or any {@code +json} type; a missing content type is read as JSON. */
    static boolean isJson(MimeType type) {
        return type == null || ("application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")));
    }

    /** The declared charset, UTF-8 when none is declared; 415 for a charset this JVM does not know. */
    static Charset charset(MimeType type) {
        if (type == null || type.getParameter("charset") == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return type.getCharset();
        }
        catch (RuntimeException e) {
            throw new InvalidInputException(415, "Charset '" + printable(type.getParameter("charset"))
                    + "' is not supported.");
        }
    }

    /** Echoes client input in a detail only as short, printable ASCII. */
    static String printable(String s) {
        String clipped = s.length() > 100 ? s.substring(0, 100) + "..." : s;
        return clipped.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
