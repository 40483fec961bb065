package dev.polyfn.core.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.commons.logging.LogFactory;

/**
 * Keeps Polyfn's log lines one line each on the cloud paths, where no logging backend is bundled and Commons
 * Logging falls back to {@code java.util.logging}, whose default format spends two lines on every record. Only the
 * {@code dev.polyfn} loggers are touched, and only in that fallback; with SLF4J, Log4j or Logback present, their
 * configuration rules. A failure's stack trace follows its line.
 *
 * <p>Example: {@code 2026-11-23T14:51:04.123Z INFO dev.polyfn.invocation function=uppercase status=200 ...}; with
 * {@code polyfn.logging.format=json} the message is the JSON document alone, so log services parse it.
 */
public final class OneLineLogging {

    /** Held so java.util.logging, which keeps loggers weakly, cannot drop the configuration. */
    private static volatile Logger configured;

    private OneLineLogging() {
    }

    public static void configure(boolean json) {
        if (configured != null || !LogFactory.getLog("dev.polyfn").getClass().getName().endsWith("Jdk14Logger")) {
            return;
        }
        synchronized (OneLineLogging.class) {
            if (configured == null) {
                Logger logger = Logger.getLogger("dev.polyfn");
                logger.setUseParentHandlers(false);
                logger.addHandler(new OneLineHandler(json));
                configured = logger;
            }
        }
    }

    private static final class OneLineHandler extends Handler {
        private final boolean json;

        OneLineHandler(boolean json) {
            this.json = json;
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            StringBuilder line = new StringBuilder(256);
            if (!json) {
                line.append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(level(record)).append(' ')
                    .append(record.getLoggerName()).append(' ');
            }
            line.append(record.getMessage()).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            // encoded here, on the caller's thread; the stream's own lock is then held for one write only, so
            // concurrent invocations do not queue behind each other's formatting
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
        }

        private static String level(LogRecord record) {
            int value = record.getLevel().intValue();
            return value >= 1000 ? "ERROR" : value >= 900 ? "WARN" : value >= 800 ? "INFO" : "DEBUG";
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
