package dev.polyfn.core.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.TraceContext;

/**
 * Renders one log event as one line in a {@link LogFormat}, with the invocation it belongs to: every line written
 * while an invocation runs carries its request id (and trace id, function and batch record). A stack trace stays
 * inside its line: a JSON field, or escaped onto the text line, so log services never split it into several entries.
 *
 * <p>Example ({@link LogFormat#AWS_JSON}): {@code {"timestamp":"2026-11-23T14:51:04.123Z","level":"INFO",
 * "message":"Order accepted","logger":"com.example.Orders","AWSRequestId":"8f5a...","function":"createOrder"}}.
 *
 * @param format     the format
 * @param gcpProject the Google Cloud project for {@code logging.googleapis.com/trace} ({@code GOOGLE_CLOUD_PROJECT}), or null
 */
record LogLines(LogFormat format, String gcpProject) {

    /**
     * @param fields further JSON fields (numbers or strings) of this event, e.g. the invocation line's status; in
     *               text, the message already says them
     */
    String render(Instant time, LogLevel level, String logger, String message, Throwable thrown,
            InvocationScope scope, Map<String, Object> fields) {
        StringBuilder line = new StringBuilder(256);
        switch (format) {
            case TEXT -> text(line, time, level, logger, message, thrown, scope);
            case GCP_JSON -> gcp(line, time, level, logger, message, thrown, scope, fields);
            default -> json(line, time, level, logger, message, thrown, scope, fields);
        }
        return line.append('\n').toString();
    }

    private static void text(StringBuilder line, Instant time, LogLevel level, String logger, String message,
            Throwable thrown, InvocationScope scope) {
        line.append(DateTimeFormatter.ISO_INSTANT.format(time)).append(' ').append(level.aws()).append(' ')
            .append(logger).append(' ').append(oneLine(message));
        if (scope != null && !InvocationLog.LOGGER_NAME.equals(logger)) {
            InvocationContext context = scope.context();
            line.append(" requestId=").append(context.requestId());
            if (context.traceId() != null) {
                line.append(" traceId=").append(context.traceId());
            }
            if (scope.recordId() != null) {
                line.append(" recordId=").append(oneLine(scope.recordId()));
            }
        }
        if (thrown != null) {
            line.append(" exception=").append(oneLine(stackTrace(thrown)));
        }
    }

    private void json(StringBuilder line, Instant time, LogLevel level, String logger, String message,
            Throwable thrown, InvocationScope scope, Map<String, Object> fields) {
        boolean aws = format == LogFormat.AWS_JSON;
        line.append("{\"timestamp\":\"").append(DateTimeFormatter.ISO_INSTANT.format(time)).append('"');
        JsonText.field(line, "level", level.aws());
        JsonText.field(line, "message", message);
        JsonText.field(line, "logger", logger);
        if (scope != null) {
            InvocationContext context = scope.context();
            JsonText.field(line, aws ? "AWSRequestId" : "requestId", context.requestId());
            JsonText.field(line, "traceId", context.traceId());
            JsonText.field(line, "function", scope.function());
            JsonText.field(line, "recordId", scope.recordId());
        }
        if (thrown != null) {
            JsonText.field(line, "errorType", thrown.getClass().getName());
            JsonText.field(line, "errorMessage", String.valueOf(thrown.getMessage()));
            line.append(",\"stackTrace\":[");
            String[] frames = stackTrace(thrown).split("\n");
            for (int i = 0; i < frames.length; i++) {
                JsonText.quote(line.append(i == 0 ? "" : ","), frames[i].strip());
            }
            line.append(']');
        }
        appendFields(line, fields);
        line.append('}');
    }

    private void gcp(StringBuilder line, Instant time, LogLevel level, String logger, String message,
            Throwable thrown, InvocationScope scope, Map<String, Object> fields) {
        line.append("{\"severity\":\"").append(level.gcp()).append('"');
        JsonText.field(line, "message", thrown == null ? message : message + "\n" + stackTrace(thrown));
        JsonText.field(line, "time", DateTimeFormatter.ISO_INSTANT.format(time));
        JsonText.field(line, "logger", logger);
        if (scope != null) {
            InvocationContext context = scope.context();
            TraceContext trace = context.trace().orElse(null);
            if (trace != null && gcpProject != null) {
                JsonText.field(line, "logging.googleapis.com/trace", "projects/" + gcpProject + "/traces/" + trace.traceId());
                JsonText.field(line, "logging.googleapis.com/spanId", trace.spanId());
                line.append(",\"logging.googleapis.com/trace_sampled\":").append(trace.sampled());
            }
            line.append(",\"logging.googleapis.com/labels\":{\"execution_id\":");
            JsonText.quote(line, context.requestId());
            JsonText.field(line, "function", scope.function());
            line.append('}');
            JsonText.field(line, "requestId", context.requestId());
            JsonText.field(line, "recordId", scope.recordId());
        }
        appendFields(line, fields);
        line.append('}');
    }

    private static void appendFields(StringBuilder line, Map<String, Object> fields) {
        if (fields == null) {
            return;
        }
        fields.forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean) {
                JsonText.quote(line.append(','), name).append(':').append(value);
            }
            else if (value instanceof RawJson raw) {
                JsonText.quote(line.append(','), name).append(':').append(raw.json());
            }
            else if (value != null) {
                JsonText.field(line, name, value.toString());
            }
        });
    }

    /** A field value that is already JSON (e.g. the EMF {@code _aws} object). */
    record RawJson(String json) {
    }

    static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString().replace("\r", "").stripTrailing();
    }

    /** Newlines and other control characters escaped, so one event stays one line. */
    private static String oneLine(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : "");
            }
            else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
