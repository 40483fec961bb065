package dev.polyfn.azure;

import java.util.logging.LogRecord;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.core.internal.CloudLogging;
import dev.polyfn.core.internal.InvocationScope;
import dev.polyfn.core.internal.LogLevel;

/**
 * Sends every line written inside an Azure invocation (Polyfn's own and the function's, through SLF4J or a
 * {@code dev.polyfn} logger) to that invocation's {@link ExecutionContext#getLogger()}: the Java worker forwards it
 * to the host as an {@code RpcLog} carrying the invocation id, the logger name as its category, the level and any
 * exception, and the host files it under that invocation (Application Insights, log stream). Lines outside an
 * invocation stay on standard output.
 *
 * <p>Example: createOrder's {@code Order ... accepted} line becomes
 * {@code RpcLog(invocation_id = 7b0a..., category = "dev.polyfn.examples.orders.OrdersFunctions", level = Information)}.
 */
final class AzureInvocationLogs implements CloudLogging.Router {

    @Override
    public boolean route(InvocationScope scope, LogLevel level, String logger, String message, Throwable thrown) {
        ExecutionContext context = scope == null ? null
                : scope.context().nativeContext(ExecutionContext.class).orElse(null);
        if (context == null || context.getLogger() == null) {
            return false;
        }
        LogRecord record = new LogRecord(level.jul(), message);
        record.setLoggerName(logger);
        record.setThrown(thrown);
        context.getLogger().log(record);
        return true;
    }
}
