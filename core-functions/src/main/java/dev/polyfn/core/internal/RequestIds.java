package dev.polyfn.core.internal;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Fresh request ids (UUID form) for invocations whose platform gives none. Ids need to be unique, not unguessable,
 * so they come from {@code ThreadLocalRandom} rather than {@code SecureRandom}, whose start-up a cold start would pay;
 * mixed with a per-process salt that {@link #reseed()} renews after a snapshot is restored (SnapStart, CRaC), when
 * every restored copy of the process would otherwise draw the same ids from the same thread-local state.
 */
public final class RequestIds {

    private static volatile long high;
    private static volatile long low;

    private RequestIds() {
    }

    public static String next() {
        return next(ThreadLocalRandom.current());
    }

    /**
     * An id drawn from {@code random}, mixed with the salt: two processes restored from one snapshot draw the same
     * values from the same thread-local state, and still give different ids once each has called {@link #reseed}.
     */
    public static String next(RandomGenerator random) {
        return new UUID((random.nextLong() ^ high) & 0xffffffffffff0fffL | 0x4000L,
                (random.nextLong() ^ low) & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
    }

    /** New salt from the operating system's entropy: after a restore, no two copies of a snapshot share ids. */
    public static void reseed() {
        SecureRandom entropy = new SecureRandom();
        high = entropy.nextLong();
        low = entropy.nextLong() ^ System.nanoTime();
    }
}
