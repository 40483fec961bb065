package dev.polyfn.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a streamed body up to the limit, so an oversized or chunked body answers 413 without being buffered whole. */
public final class BodyReader {

    private BodyReader() {
    }

    public static InvalidInputException tooLarge(long maxBytes) {
        return new InvalidInputException(413, "Request body is larger than the limit of " + maxBytes + " bytes.");
    }

    public static byte[] read(InputStream in, long maxBytes) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0;) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
