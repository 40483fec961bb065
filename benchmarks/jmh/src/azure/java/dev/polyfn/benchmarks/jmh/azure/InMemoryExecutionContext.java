package dev.polyfn.benchmarks.jmh.azure;

import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;

/** The worker's invocation context for one Azure function, with a fixed invocation id. */
final class InMemoryExecutionContext implements ExecutionContext {

    private static final Logger LOGGER = Logger.getLogger("bench");

    private final String functionName;

    InMemoryExecutionContext(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public Logger getLogger() {
        return LOGGER;
    }

    @Override
    public String getInvocationId() {
        return "0f3c1b6e-2d5a-4c8e-9b7f-1a2b3c4d5e6f";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }
}
