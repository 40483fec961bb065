package dev.polyfn.azure;

/**
 * The Polyfn application of this worker process could not start, or an Azure function names no bean: kept from
 * the first attempt and reported by every invocation, never retried per call.
 *
 * <p>Example: {@code POLYFN_FUNCTION_CHARGE=chrage} makes every invocation of Azure function {@code charge} fail
 * with "Azure function 'charge' has no function to run: ... Available functions: [...]"; an HTTP caller gets a
 * 500 problem whose detail names no configuration, the message goes to the log.
 */
public final class AzureStartupException extends IllegalStateException {

    AzureStartupException(String summary, RuntimeException cause) {
        super(summary + ": " + cause.getMessage(), cause);
    }
}
