package dev.polyfn.core.internal;

import java.util.Locale;
import java.util.logging.Level;

/**
 * The levels of Polyfn's log lines, with each platform's name for them: Lambda's ({@code AWS_LAMBDA_LOG_LEVEL},
 * the {@code level} field) and Cloud Logging's {@code severity}.
 */
public enum LogLevel {
    TRACE("TRACE", "DEBUG"),
    DEBUG("DEBUG", "DEBUG"),
    INFO("INFO", "INFO"),
    WARN("WARN", "WARNING"),
    ERROR("ERROR", "ERROR");

    private final String aws;
    private final String gcp;

    LogLevel(String aws, String gcp) {
        this.aws = aws;
        this.gcp = gcp;
    }

    public String aws() {
        return aws;
    }

    public String gcp() {
        return gcp;
    }

    /** {@code java.util.logging}'s levels: SEVERE is ERROR, WARNING is WARN, INFO and CONFIG are INFO, FINE is DEBUG. */
    public static LogLevel of(Level level) {
        int value = level.intValue();
        return value >= 1000 ? ERROR : value >= 900 ? WARN : value >= 700 ? INFO : value >= 500 ? DEBUG : TRACE;
    }

    public Level jul() {
        return switch (this) {
            case TRACE -> Level.FINEST;
            case DEBUG -> Level.FINE;
            case INFO -> Level.INFO;
            case WARN -> Level.WARNING;
            case ERROR -> Level.SEVERE;
        };
    }

    /** {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}/{@code WARNING}, {@code ERROR}/{@code FATAL}; else {@code fallback}. */
    public static LogLevel parse(String name, LogLevel fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> TRACE;
            case "DEBUG" -> DEBUG;
            case "INFO" -> INFO;
            case "WARN", "WARNING" -> WARN;
            case "ERROR", "FATAL" -> ERROR;
            default -> fallback;
        };
    }
}
