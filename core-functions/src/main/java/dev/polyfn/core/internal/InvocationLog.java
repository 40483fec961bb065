package dev.polyfn.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one INFO line per invocation (function, status, duration, request id, trace id; never the payload), the WARN
 * line of a deadline that passed, and the ERROR line carrying the cause of an unexpected failure.
 *
 * <p>On the cloud paths the lines go straight to {@link CloudLogging} in the platform's format; in JSON formats
 * the invocation line also carries {@code status} and {@code durationUs} as fields, and on Lambda (JSON, or
 * {@code polyfn.metrics.enabled=true}) the CloudWatch Embedded Metric Format block of {@link LambdaMetrics}. In the
 * local web app they go through Commons Logging to Spring Boot's logging. Example (text):
 * {@code 2026-11-23T14:51:04.123Z INFO dev.polyfn.invocation function=uppercase status=200 durationUs=412
 * requestId=8f5a... traceId=Root=1-...}.
 */
public final class InvocationLog {

    static final String LOGGER_NAME = "dev.polyfn.invocation";
    private static final Log LOG = LogFactory.getLog(LOGGER_NAME);

    private final boolean enabled;
    private final LambdaMetrics metrics;

    public InvocationLog(PolyfnProperties properties) {
        this.enabled = properties.logInvocations();
        this.metrics = LambdaMetrics.of(properties);
    }

    public void completed(String function, int status, long nanos, InvocationContext context, boolean coldStart) {
        long micros = nanos / 1000;
        String line = "function=" + function + " status=" + status + " durationUs=" + micros + " requestId="
                + context.requestId() + " traceId=" + context.traceId();
        if (!CloudLogging.isConfigured()) {
            if (enabled && LOG.isInfoEnabled()) {
                LOG.info(line);
            }
            return;
        }
        boolean json = CloudLogging.format().isJson();
        boolean emf = metrics != null && metrics.applies(context);
        if (emf && (!enabled || !json)) {
            CloudLogging.writeLine(metrics.line(function, status, micros, coldStart));
        }
        if (!enabled || !CloudLogging.isEnabled(LogLevel.INFO)) {
            return;
        }
        Map<String, Object> fields = null;
        if (json) {
            fields = new LinkedHashMap<>();
            fields.put("status", status);
            fields.put("durationUs", micros);
            if (emf) {
                fields.putAll(metrics.fields(status, micros, coldStart));
            }
        }
        CloudLogging.write(LogLevel.INFO, LOGGER_NAME, line, null, fields);
    }

    /** The function did not complete within its deadline; the pending work was cancelled. */
    public void timedOut(String function, InvocationContext context, String detail) {
        warn("function=" + function + " exceeded its deadline and was cancelled; requestId=" + context.requestId()
                + " traceId=" + context.traceId() + " detail=" + detail);
    }

    public void failed(String function, InvocationContext context, Throwable cause) {
        String message = "function=" + function + " failed unexpectedly; requestId=" + context.requestId()
                + " traceId=" + context.traceId();
        if (CloudLogging.isConfigured()) {
            CloudLogging.write(LogLevel.ERROR, LOGGER_NAME, message, cause);
        }
        else {
            LOG.error(message, cause);
        }
    }

    private static void warn(String message) {
        if (CloudLogging.isConfigured()) {
            CloudLogging.write(LogLevel.WARN, LOGGER_NAME, message, null);
        }
        else {
            LOG.warn(message);
        }
    }
}
