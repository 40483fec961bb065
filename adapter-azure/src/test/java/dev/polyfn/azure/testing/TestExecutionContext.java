package dev.polyfn.azure.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;

/**
 * Azure's {@link ExecutionContext} as the Java worker fills it: invocation id, function name, W3C trace context and
 * a logger whose records the test can read.
 */
public final class TestExecutionContext implements ExecutionContext {

    private final String invocationId;
    private final String functionName;
    private final String traceparent;
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    public TestExecutionContext(String invocationId, String functionName, String traceparent) {
        this.invocationId = invocationId;
        this.functionName = functionName;
        this.traceparent = traceparent;
        this.logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    /** A context for Azure function {@code functionName} with a fresh invocation id and no trace context. */
    public static TestExecutionContext of(String functionName) {
        return new TestExecutionContext(java.util.UUID.randomUUID().toString(), functionName, null);
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public TraceContext getTraceContext() {
        return new TraceContext() {
            @Override
            public String getTraceparent() {
                return traceparent;
            }

            @Override
            public String getTracestate() {
                return null;
            }

            @Override
            public Map<String, String> getAttributes() {
                return Map.of();
            }
        };
    }

    public List<LogRecord> records() {
        return records;
    }
}
