package dev.polyfn.test.azure;

import java.util.UUID;
import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;

/** Azure's {@link ExecutionContext} as the worker fills it: a fresh invocation id and the Azure function's name. */
final class KitExecutionContext implements ExecutionContext {

    private static final Logger LOGGER = Logger.getLogger("dev.polyfn.test.azure");

    private final String invocationId = UUID.randomUUID().toString();
    private final String functionName;

    KitExecutionContext(String functionName) {
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
