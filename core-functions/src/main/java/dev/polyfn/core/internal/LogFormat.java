package dev.polyfn.core.internal;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How Polyfn writes log lines on a cloud path, chosen once from the platform and its settings:
 * {@code polyfn.logging.format=text} or {@code json} when set (json meaning the platform's own JSON), else the
 * platform's choice: Lambda's {@code AWS_LAMBDA_LOG_FORMAT=JSON}, Cloud Logging's structured JSON on GCP, text
 * elsewhere.
 */
public enum LogFormat {
    /** {@code 2026-11-23T14:51:04.123Z INFO com.example.Orders message requestId=8f5a...}. */
    TEXT,
    /** One JSON object per line: {@code timestamp}, {@code level}, {@code logger}, {@code message}, {@code requestId}. */
    JSON,
    /** Lambda's JSON log format: {@code timestamp}, {@code level}, {@code message}, {@code AWSRequestId}. */
    AWS_JSON,
    /** Cloud Logging's structured JSON: {@code severity}, {@code message}, {@code logging.googleapis.com/trace}. */
    GCP_JSON;

    public boolean isJson() {
        return this != TEXT;
    }

    /**
     * @param configured {@code polyfn.logging.format}, or null
     * @param provider   {@code aws}, {@code gcp}, {@code azure} or {@code local}
     */
    public static LogFormat choose(String configured, String provider, UnaryOperator<String> environment) {
        String format = configured == null ? "" : configured.trim().toLowerCase(Locale.ROOT);
        if (format.equals("text")) {
            return TEXT;
        }
        boolean json = format.equals("json");
        return switch (provider == null ? "local" : provider) {
            case "aws" -> json || "JSON".equalsIgnoreCase(environment.apply("AWS_LAMBDA_LOG_FORMAT")) ? AWS_JSON : TEXT;
            case "gcp" -> GCP_JSON;
            default -> json ? JSON : TEXT;
        };
    }
}
