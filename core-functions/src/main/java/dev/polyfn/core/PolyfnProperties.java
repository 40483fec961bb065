package dev.polyfn.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.env.PropertyResolver;

/**
 * Every setting of Polyfn, read once at startup from the Spring environment (properties file, system
 * properties or environment variables, e.g. {@code POLYFN_LIMITS_MAX_BODY_BYTES}). docs/errors-and-security.md
 * lists them.
 *
 * @param definition         {@code spring.cloud.function.definition}: the function this deployment runs
 * @param maxBodyBytes       {@code polyfn.limits.max-body-bytes}: larger bodies answer 413 (default 6 MiB)
 * @param maxNestingDepth    {@code polyfn.limits.max-nesting-depth}: JSON nesting depth (default 64)
 * @param maxStringLength    {@code polyfn.limits.max-string-length}: one JSON string, in chars (default 1,000,000)
 * @param maxNumberLength    {@code polyfn.limits.max-number-length}: one JSON number, in chars (default 100)
 * @param maxHeaderCount     {@code polyfn.limits.max-header-count}: request headers (default 100)
 * @param maxHeaderBytes     {@code polyfn.limits.max-header-bytes}: all request header names and values (default 32 KiB)
 * @param allowedHeaders     {@code polyfn.headers.allowed}: request headers a function may see (lower case)
 * @param logInvocations     {@code polyfn.logging.invocations}: one INFO line per invocation (default true)
 * @param jsonLogs           {@code polyfn.logging.format=json}: that line as JSON
 */
public record PolyfnProperties(String definition, long maxBodyBytes, int maxNestingDepth, int maxStringLength,
        int maxNumberLength, int maxHeaderCount, int maxHeaderBytes, Set<String> allowedHeaders,
        boolean logInvocations, boolean jsonLogs) {

    public static final long DEFAULT_MAX_BODY_BYTES = 6L * 1024 * 1024;

    public static final String DEFAULT_ALLOWED_HEADERS = "accept,accept-language,content-type,content-language,"
            + "user-agent,authorization,if-match,if-none-match,traceparent,tracestate,x-request-id,"
            + "x-correlation-id,x-amzn-trace-id,x-cloud-trace-context";

    /** The defaults, with no function definition. */
    public static PolyfnProperties defaults() {
        return from(new org.springframework.core.env.StandardEnvironment() {
            @Override
            protected void customizePropertySources(org.springframework.core.env.MutablePropertySources sources) {
                // no system properties or environment: pure defaults
            }
        });
    }

    public static PolyfnProperties from(PropertyResolver env) {
        return new PolyfnProperties(
                trimToNull(env.getProperty("spring.cloud.function.definition")),
                env.getProperty("polyfn.limits.max-body-bytes", Long.class, DEFAULT_MAX_BODY_BYTES),
                env.getProperty("polyfn.limits.max-nesting-depth", Integer.class, 64),
                env.getProperty("polyfn.limits.max-string-length", Integer.class, 1_000_000),
                env.getProperty("polyfn.limits.max-number-length", Integer.class, 100),
                env.getProperty("polyfn.limits.max-header-count", Integer.class, 100),
                env.getProperty("polyfn.limits.max-header-bytes", Integer.class, 32 * 1024),
                lowerCaseSet(env.getProperty("polyfn.headers.allowed", DEFAULT_ALLOWED_HEADERS)),
                env.getProperty("polyfn.logging.invocations", Boolean.class, true),
                "json".equalsIgnoreCase(env.getProperty("polyfn.logging.format", "text")));
    }

    private static Set<String> lowerCaseSet(String csv) {
        return Arrays.stream(csv.split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
