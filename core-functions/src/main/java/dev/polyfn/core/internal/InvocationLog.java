package dev.polyfn.core.internal;

import java.util.logging.Level;
import java.util.regex.Pattern;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Jdk14Logger;

/**
 * The one INFO line per invocation (function, status, duration, request id, trace id; never the payload), and the
 * ERROR line carrying the cause of an unexpected failure. Text by default, JSON with {@code polyfn.logging.format=json}.
 */
public final class InvocationLog {

    private static final String LOGGER_NAME = "dev.polyfn.invocation";
    private static final Log LOG = LogFactory.getLog(LOGGER_NAME);
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x1F\\x7F]");

    /**
     * When commons-logging falls back to java.util.logging (no SLF4J or Log4j, as on the cloud paths), its adapter
     * creates a {@code Throwable} and walks the whole stack on every call to name the caller. The line is then
     * handed to the same JUL logger with that caller named directly: same logger, same output, no stack walk.
     */
    private static final java.util.logging.Logger JUL = LOG instanceof Jdk14Logger jdk ? jdk.getLogger() : null;

    private final boolean enabled;
    private final boolean jsonFormat;

    public InvocationLog(PolyfnProperties properties) {
        this.enabled = properties.logInvocations();
        this.jsonFormat = properties.jsonLogs();
    }

    public void completed(String function, int status, long nanos, InvocationContext context) {
        if (!enabled || !LOG.isInfoEnabled()) {
            return;
        }
        long micros = nanos / 1000;
        String line = jsonFormat
                ? "{\"function\":\"" + function + "\",\"status\":" + status + ",\"durationUs\":" + micros
                        + ",\"requestId\":" + quoted(context.requestId()) + ",\"traceId\":"
                        + quoted(context.traceId()) + ",\"provider\":\"" + context.provider() + "\"}"
                : "function=" + function + " status=" + status + " durationUs=" + micros + " requestId="
                        + clean(context.requestId()) + " traceId=" + clean(context.traceId());
        if (JUL != null) {
            JUL.logp(Level.INFO, LOGGER_NAME, "completed", line);
        }
        else {
            LOG.info(line);
        }
    }

    /** The function did not complete within its deadline; the pending work was cancelled. */
    public void timedOut(String function, InvocationContext context, String detail) {
        LOG.warn("function=" + function + " exceeded its deadline and was cancelled; requestId="
                + clean(context.requestId()) + " traceId=" + clean(context.traceId()) + " detail=" + clean(detail));
    }

    public void failed(String function, InvocationContext context, Throwable cause) {
        LOG.error("function=" + function + " failed unexpectedly; requestId=" + clean(context.requestId())
                + " traceId=" + clean(context.traceId()), cause);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + clean(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Ids may come from request headers: no control characters, so one invocation stays one line. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return CONTROL_CHARACTERS.matcher(value).replaceAll("");
            }
        }
        return value;
    }
}
