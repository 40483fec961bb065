package dev.polyfn.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Reads a streamed body up to the limit, so an oversized or chunked body answers 413 without being buffered whole. */
public final class BodyReader {

    private BodyReader() {
    }

    public static InvalidInputException tooLarge(long maxBytes) {
        return new InvalidInputException(413, "Request body is larger than the limit of " + maxBytes + " bytes.");
    }

    /**
     * The whole body, or {@link #tooLarge} past {@code maxBytes}. The buffer starts small and doubles (most bodies
     * are a few hundred bytes: a 16 KiB buffer zeroed per request cost GCP a third of its throughput under load).
     */
    public static byte[] read(InputStream in, long maxBytes) {
        try (in) {
            // one byte past the limit tells an oversized body from one exactly at it
            long cap = Math.min(maxBytes, Integer.MAX_VALUE - 9L) + 1;
            byte[] buffer = new byte[(int) Math.min(cap, Math.max(256, Math.min(in.available() + 1L, 16 * 1024)))];
            int total = 0;
            for (int n; (n = in.read(buffer, total, buffer.length - total)) >= 0;) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                if (total == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, cap));
                }
            }
            return total == buffer.length ? buffer : Arrays.copyOf(buffer, total);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
