package dev.polyfn.local.replay;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.polyfn.core.ProblemException;
import dev.polyfn.core.internal.BodyReader;
import jakarta.servlet.http.HttpServletRequest;

/** The body of a replayed event, read under core's body limit (413 over it, 400 when it cannot be read). */
final class ReplayBodies {

    private ReplayBodies() {
    }

    static byte[] read(HttpServletRequest request, long limit) {
        if (request.getContentLengthLong() > limit) {
            throw BodyReader.tooLarge(limit);
        }
        try {
            return BodyReader.read(request.getInputStream(), limit);
        }
        catch (IOException | UncheckedIOException e) {
            throw new ProblemException(400, "The event could not be read.");
        }
    }
}
