package dev.polyfn.core.rules;

import dev.polyfn.core.PolyfnProperties;

/**
 * The header limits a server in front of Polyfn (the local web app's Tomcat) must be set to, so that Polyfn's own
 * limits ({@code polyfn.limits.max-header-count}, {@code polyfn.limits.max-header-bytes}) decide, with their
 * 431 problem answer, and never the server's own 400 or 431: ten times Polyfn's header count (a request just over
 * it still carries the client's own headers, Host and Content-Length among them) and twice its bytes plus the
 * request line, and never below Tomcat's defaults. The server counts the request line and the separators too,
 * Polyfn only names and values.
 *
 * <p>Example: with the defaults (100 headers, 32 KiB) Tomcat allows 1,000 headers and 72 KiB.
 */
public final class ServerHeaderLimits {

    private static final int SERVER_DEFAULT_COUNT = 100;
    private static final int SERVER_DEFAULT_BYTES = 8 * 1024;
    private static final int REQUEST_LINE_BYTES = 8 * 1024;

    private ServerHeaderLimits() {
    }

    /** The most headers the server may accept. */
    public static int count(PolyfnProperties properties) {
        return Math.max(SERVER_DEFAULT_COUNT, saturated(10L * properties.maxHeaderCount()));
    }

    /** The most bytes of request line and headers the server may accept. */
    public static int bytes(PolyfnProperties properties) {
        return Math.max(SERVER_DEFAULT_BYTES, saturated(2L * properties.maxHeaderBytes() + REQUEST_LINE_BYTES));
    }

    private static int saturated(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
