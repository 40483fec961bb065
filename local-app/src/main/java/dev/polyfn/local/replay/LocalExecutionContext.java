package dev.polyfn.local.replay;

import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;

/**
 * The Azure {@link ExecutionContext} of a replayed Azure event: the invocation id (the caller's
 * {@code X-Request-Id}, else fresh), the Azure function's name, and a plain logger.
 */
final class LocalExecutionContext implements ExecutionContext {

    private static final Logger LOGGER = Logger.getLogger("dev.polyfn.local.replay.azure");

    private final String invocationId;
    private final String functionName;

    LocalExecutionContext(String invocationId, String functionName) {
        this.invocationId = invocationId;
        this.functionName = functionName;
    }

    @Override
    public Logger getLogger() {
        return LOGGER;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }
}
