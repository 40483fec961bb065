package dev.polyfn.azure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The function app's host.json as far as Polyfn needs it: {@code functionTimeout}, the longest an invocation may run
 * before the host stops it, which bounds every invocation's deadline. The host gives the worker the app's folder in
 * {@code FUNCTIONS_APPLICATION_DIRECTORY} (azure-functions-host {@code RpcWorkerProcess.CreateWorkerProcess}).
 *
 * <p>Example: {@code "functionTimeout": "00:05:00"} gives 5 minutes; {@code "1.00:00:00"} one day; {@code "-1"}
 * (unbounded, Premium and Dedicated plans) or no host.json gives none.
 */
final class AzureHostJson {

    static final String APP_DIRECTORY = "FUNCTIONS_APPLICATION_DIRECTORY";
    private static final Pattern TIME_SPAN = Pattern.compile("^(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?$");

    private AzureHostJson() {
    }

    /** {@code functionTimeout} of the app's host.json, or null when there is none or it is unbounded. */
    static Duration functionTimeout(UnaryOperator<String> settings) {
        String directory = settings.apply(APP_DIRECTORY);
        if (directory == null || directory.isBlank()) {
            return null;
        }
        Path hostJson = Path.of(directory, "host.json");
        if (!Files.isRegularFile(hostJson)) {
            return null;
        }
        try {
            return timeSpan(JsonMapper.builder().build().readTree(Files.readString(hostJson))
                .path("functionTimeout").asString(null));
        }
        catch (IOException | JacksonException e) {
            throw new IllegalStateException("host.json in " + directory + " cannot be read: " + e.getMessage());
        }
    }

    /** A .NET TimeSpan as host.json writes it: {@code [d.]hh:mm:ss[.fffffff]}; null for none or {@code -1}. */
    static Duration timeSpan(String value) {
        if (value == null || value.isBlank() || value.trim().equals("-1")) {
            return null;
        }
        Matcher m = TIME_SPAN.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalStateException("host.json functionTimeout '" + value + "' is not a time span such as 00:05:00.");
        }
        Duration span = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
            .plusHours(Long.parseLong(m.group(2))).plusMinutes(Long.parseLong(m.group(3)))
            .plusSeconds(Long.parseLong(m.group(4)));
        if (m.group(5) != null) {
            span = span.plusNanos(Long.parseLong((m.group(5) + "000000000").substring(0, 9)));
        }
        return span;
    }
}
