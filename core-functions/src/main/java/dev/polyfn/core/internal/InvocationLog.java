package dev.polyfn.core.internal;

import java.util.regex.Pattern;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one INFO line per invocation (function, status, duration, request id, trace id; never the payload), and the
 * ERROR line carrying the cause of an unexpected failure. Text by default, JSON with {@code polyfn.logging.format=json}.
 */
public final class InvocationLog {

    private static final Log LOG = LogFactory.getLog("dev.polyfn.invocation");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x1F\\x7F]");

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
        if (jsonFormat) {
            LOG.info("{\"function\":\"" + function + "\",\"status\":" + status + ",\"durationUs\":" + micros
                    + ",\"requestId\":" + quoted(context.requestId()) + ",\"traceId\":" + quoted(context.traceId())
                    + ",\"provider\":\"" + context.provider() + "\"}");
        }
        else {
            LOG.info("function=" + function + " status=" + status + " durationUs=" + micros + " requestId="
                    + clean(context.requestId()) + " traceId=" + clean(context.traceId()));
        }
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
