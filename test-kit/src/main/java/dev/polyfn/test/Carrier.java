package dev.polyfn.test;

/**
 * Carries a scenario's call to the functions through one target's envelope code and decodes the answer. One per
 * {@link Target}; implementations live in the target's package ({@code dev.polyfn.test.aws}, ...).
 */
public interface Carrier {

    /** Sends {@code call} to {@code function} of {@code deployments} and returns what the target answered. */
    Answer send(String function, Object call, Deployments deployments);
}
