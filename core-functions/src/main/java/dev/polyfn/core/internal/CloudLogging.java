package dev.polyfn.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Polyfn's log output on the cloud paths, where no logging backend is bundled: every line, Polyfn's own and the
 * function's (through SLF4J, {@code java.util.logging} or Commons Logging), is one line on standard output in the
 * platform's format ({@link LogFormat}) and carries the invocation it was written in ({@link InvocationScope}).
 *
 * <p>{@link #configure} runs once per process when the lean runtime starts. On Lambda and GCP it also takes over
 * {@code java.util.logging}'s root handlers (the JDK's two-line console format), so a function's JUL lines are
 * formatted too; elsewhere (Azure's worker owns its handlers) only the {@code dev.polyfn} loggers are. SLF4J lines
 * arrive through {@code dev.polyfn.core.logging.PolyfnServiceProvider}. Before {@code configure}, lines are text.
 * With {@code AWS_LAMBDA_LOG_LEVEL} (Lambda, JSON format) or {@code polyfn.logging.level}, lower levels are dropped.
 */
public final class CloudLogging {

    /** Where a line goes instead of standard output, e.g. Azure's per-invocation logger; false: not taken. */
    @FunctionalInterface
    public interface Router {
        boolean route(InvocationScope scope, LogLevel level, String logger, String message, Throwable thrown);
    }

    private record Settings(LogLines lines, LogLevel minimum, Router router, boolean configured) {
    }

    private static volatile Settings settings = new Settings(new LogLines(LogFormat.TEXT, null), LogLevel.INFO,
            null, false);

    /** Held so java.util.logging, which keeps loggers weakly, cannot drop the configuration. */
    private static volatile Logger polyfnLogger;

    private CloudLogging() {
    }

    /**
     * @param format     {@code polyfn.logging.format} (null: the platform's choice)
     * @param level      {@code polyfn.logging.level} (null: {@code AWS_LAMBDA_LOG_LEVEL} on Lambda, else INFO)
     * @param provider   {@code aws}, {@code gcp}, {@code azure} or {@code local}
     */
    public static synchronized void configure(String format, String level, String provider,
            UnaryOperator<String> environment) {
        LogFormat chosen = LogFormat.choose(format, provider, environment);
        LogLevel fallback = chosen == LogFormat.AWS_JSON
                ? LogLevel.parse(environment.apply("AWS_LAMBDA_LOG_LEVEL"), LogLevel.INFO) : LogLevel.INFO;
        String project = firstNonBlank(environment.apply("GOOGLE_CLOUD_PROJECT"), environment.apply("GCP_PROJECT"),
                environment.apply("GCLOUD_PROJECT"));
        settings = new Settings(new LogLines(chosen, project), LogLevel.parse(level, fallback), settings.router(),
                true);
        installHandlers("aws".equals(provider) || "gcp".equals(provider));
    }

    /** Sends lines written inside an invocation to {@code router} first (an adapter's own per-invocation logger). */
    public static synchronized void route(Router router) {
        Settings current = settings;
        settings = new Settings(current.lines(), current.minimum(), router, current.configured());
    }

    /** True once a cloud entry point configured the output; the local web app leaves logging to Spring Boot. */
    public static boolean isConfigured() {
        return settings.configured();
    }

    public static LogFormat format() {
        return settings.lines().format();
    }

    public static boolean isEnabled(LogLevel level) {
        return level.compareTo(settings.minimum()) >= 0;
    }

    /** Writes one event, in the invocation running on this thread if any. */
    public static void write(LogLevel level, String logger, String message, Throwable thrown) {
        write(level, logger, message, thrown, null);
    }

    /** As {@link #write(LogLevel, String, String, Throwable)}, with further JSON fields. */
    public static void write(LogLevel level, String logger, String message, Throwable thrown,
            Map<String, Object> fields) {
        Settings current = settings;
        if (level.compareTo(current.minimum()) < 0) {
            return;
        }
        InvocationScope scope = InvocationScope.current();
        if (current.router() != null && current.router().route(scope, level, logger, message, thrown)) {
            return;
        }
        writeLine(current.lines().render(Instant.now(), level, logger, message, thrown, scope, fields));
    }

    /** Writes a line that is complete already (with its newline), e.g. an EMF metrics document. */
    static void writeLine(String line) {
        // encoded on the caller's thread; the stream's own lock is then held for one write only, so concurrent
        // invocations do not queue behind each other's formatting
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    }

    private static void installHandlers(boolean takeOverRoot) {
        if (polyfnLogger == null) {
            Logger polyfn = Logger.getLogger("dev.polyfn");
            polyfn.setUseParentHandlers(false);
            polyfn.addHandler(new JulHandler());
            polyfnLogger = polyfn;
        }
        Logger root = Logger.getLogger("");
        if (takeOverRoot) {
            for (Handler handler : root.getHandlers()) {
                if (handler instanceof java.util.logging.ConsoleHandler) {
                    root.removeHandler(handler);
                }
            }
            if (java.util.Arrays.stream(root.getHandlers()).noneMatch(JulHandler.class::isInstance)) {
                root.addHandler(new JulHandler());
            }
        }
        java.util.logging.Level jul = settings.minimum().jul();
        polyfnLogger.setLevel(jul);
        if (takeOverRoot) {
            root.setLevel(jul);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** {@code java.util.logging} records as Polyfn lines. */
    private static final class JulHandler extends Handler {
        private final SimpleFormatter messages = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            write(LogLevel.of(record.getLevel()), record.getLoggerName() == null ? "" : record.getLoggerName(),
                    messages.formatMessage(record), record.getThrown());
        }

        @Override
        public void flush() {
            System.out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
