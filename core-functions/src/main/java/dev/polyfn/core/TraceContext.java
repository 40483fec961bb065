package dev.polyfn.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distributed trace an invocation belongs to, read from whichever header the platform or caller sent: W3C
 * {@code traceparent}, AWS X-Ray ({@code X-Amzn-Trace-Id}, {@code _X_AMZN_TRACE_ID}) or Google's
 * {@code X-Cloud-Trace-Context}. The one parser every adapter uses; anything else is not a trace.
 *
 * <p>Example: {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01} gives trace id
 * {@code 4bf92f3577b34da6a3ce929d0e0e4736}, span id {@code 00f067aa0ba902b7}, sampled; X-Ray
 * {@code Root=1-6741a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1} gives trace id
 * {@code 6741a1b20123456789abcdef01234567} (the W3C form of the same id); {@code 105445aa7843bc8bf206b120001000/1;o=1}
 * gives span id {@code 0000000000000001}. {@code garbage}, all-zero ids and control characters give nothing.
 *
 * @param traceId 32 lower-case hex digits (the W3C form, also for X-Ray ids)
 * @param spanId  16 lower-case hex digits, or null when the header names no parent span
 * @param sampled whether the caller sampled the trace (false when it does not say)
 * @param format  which header the trace came from
 */
public record TraceContext(String traceId, String spanId, boolean sampled, Format format) {

    /** The header formats Polyfn reads. */
    public enum Format { W3C, XRAY, CLOUD_TRACE }

    private static final int MAX_LENGTH = 512;
    private static final Pattern W3C = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final Pattern XRAY_ROOT = Pattern.compile("(?:^|;)\\s*Root=1-([0-9a-f]{8})-([0-9a-f]{24})\\s*(?:;|$)");
    private static final Pattern XRAY_PARENT = Pattern.compile("(?:^|;)\\s*Parent=([0-9a-f]{16})\\s*(?:;|$)");
    private static final Pattern XRAY_SAMPLED = Pattern.compile("(?:^|;)\\s*Sampled=1\\s*(?:;|$)");
    private static final Pattern CLOUD_TRACE = Pattern.compile("([0-9a-fA-F]{32})(?:/(\\d{1,20}))?(?:;o=([01]))?");

    /** The trace in {@code header}, or empty when it is not a valid trace header of a known format. */
    public static Optional<TraceContext> parse(String header) {
        if (header == null || header.isEmpty() || header.length() > MAX_LENGTH || !printable(header)) {
            return Optional.empty();
        }
        String value = header.trim();
        Matcher w3c = W3C.matcher(value);
        if (w3c.matches()) {
            boolean known = w3c.group(1).equals("00");
            if (w3c.group(1).equals("ff") || (known && w3c.group(5) != null) || zero(w3c.group(2)) || zero(w3c.group(3))) {
                return Optional.empty();
            }
            return Optional.of(new TraceContext(w3c.group(2), w3c.group(3),
                    (Integer.parseInt(w3c.group(4), 16) & 1) == 1, Format.W3C));
        }
        Matcher root = XRAY_ROOT.matcher(value);
        if (root.find()) {
            String traceId = root.group(1) + root.group(2);
            if (zero(traceId)) {
                return Optional.empty();
            }
            Matcher parent = XRAY_PARENT.matcher(value);
            return Optional.of(new TraceContext(traceId, parent.find() ? parent.group(1) : null,
                    XRAY_SAMPLED.matcher(value).find(), Format.XRAY));
        }
        Matcher cloud = CLOUD_TRACE.matcher(value);
        if (cloud.matches() && !zero(cloud.group(1))) {
            String span = null;
            if (cloud.group(2) != null) {
                try {
                    long id = Long.parseUnsignedLong(cloud.group(2));
                    span = id == 0 ? null : String.format("%016x", id);
                }
                catch (NumberFormatException tooLarge) {
                    span = null;
                }
            }
            return Optional.of(new TraceContext(cloud.group(1).toLowerCase(Locale.ROOT), span,
                    "1".equals(cloud.group(3)), Format.CLOUD_TRACE));
        }
        return Optional.empty();
    }

    /** True when {@code header} is a trace header Polyfn can read. */
    public static boolean isValid(String header) {
        return parse(header).isPresent();
    }

    /** The first of {@code headers} that is a valid trace header, as it was sent; null when none is. */
    public static String firstValid(String... headers) {
        for (String header : headers) {
            if (isValid(header)) {
                return header.trim();
            }
        }
        return null;
    }

    /**
     * The trace of an HTTP request, the same on every target: the first valid of {@code traceparent},
     * {@code X-Amzn-Trace-Id} and {@code X-Cloud-Trace-Context}, as sent; null when none is valid.
     *
     * @param header looks up a request header by name, case-insensitively; null when absent
     */
    public static String fromHeaders(java.util.function.UnaryOperator<String> header) {
        return firstValid(header.apply("traceparent"), header.apply("x-amzn-trace-id"),
                header.apply("x-cloud-trace-context"));
    }

    private static boolean zero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
