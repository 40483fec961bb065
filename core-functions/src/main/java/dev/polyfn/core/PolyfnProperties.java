package dev.polyfn.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
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
 * @param logFormat          {@code polyfn.logging.format}: {@code text} or {@code json} (the platform's JSON) on the
 *                           cloud paths; null: the platform's choice (Lambda's AWS_LAMBDA_LOG_FORMAT, JSON on GCP)
 * @param logLevel           {@code polyfn.logging.level}: the lowest level written on the cloud paths; null: INFO
 *                           (on Lambda in JSON format, AWS_LAMBDA_LOG_LEVEL)
 * @param metricsEnabled     {@code polyfn.metrics.enabled}: Lambda's EMF metrics; null: on with Lambda's JSON log format
 * @param metricsNamespace   {@code polyfn.metrics.namespace}: their CloudWatch namespace (default {@code Polyfn})
 * @param provider           {@code polyfn.provider}: which platform's entry point started the runtime ({@code aws},
 *                           {@code gcp}, {@code azure}), set by the adapters; {@code local} otherwise
 * @param timeout            {@code polyfn.timeout} (e.g. {@code 2s}, {@code 1500ms}, {@code PT2S}): the longest an
 *                           invocation may run, on every target; null when not set (then the platform's deadline, or
 *                           {@link #DEFAULT_TIMEOUT} where the platform gives none)
 * @param deadlineMargin     {@code polyfn.deadline-margin}: how long before the platform's deadline Polyfn answers
 *                           itself (default 500 ms), so the answer still reaches the platform
 * @param batchParallelism   {@code polyfn.batch.parallelism}: records of an unordered batch (SQS standard queue)
 *                           run at once (default 1: in order); ordered batches keep their order
 */
public record PolyfnProperties(String definition, long maxBodyBytes, int maxNestingDepth, int maxStringLength,
        int maxNumberLength, int maxHeaderCount, int maxHeaderBytes, Set<String> allowedHeaders,
        boolean logInvocations, String logFormat, String logLevel, Boolean metricsEnabled, String metricsNamespace,
        String provider, Duration timeout, Duration deadlineMargin, int batchParallelism) {

    public static final long DEFAULT_MAX_BODY_BYTES = 6L * 1024 * 1024;

    /** The property an adapter sets to say which platform started the runtime. */
    public static final String PROVIDER = "polyfn.provider";

    /** The deadline of an invocation whose platform sets none and with no {@code polyfn.timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public PolyfnProperties {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalStateException("polyfn.timeout must be positive, was " + timeout + ".");
        }
        if (batchParallelism < 1) {
            throw new IllegalStateException("polyfn.batch.parallelism must be at least 1, was " + batchParallelism + ".");
        }
    }

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
                trimToNull(env.getProperty("polyfn.logging.format")),
                trimToNull(env.getProperty("polyfn.logging.level")),
                env.getProperty("polyfn.metrics.enabled", Boolean.class),
                env.getProperty("polyfn.metrics.namespace", "Polyfn"),
                env.getProperty(PROVIDER, "local"),
                duration("polyfn.timeout", env.getProperty("polyfn.timeout")),
                Objects.requireNonNullElse(duration("polyfn.deadline-margin", env.getProperty("polyfn.deadline-margin")),
                        Duration.ofMillis(500)),
                env.getProperty("polyfn.batch.parallelism", Integer.class, 1));
    }

    /** {@code 2s}, {@code 1500ms}, {@code 5m}, {@code 1h}, {@code 30} (seconds) or ISO-8601 {@code PT2S}; null when blank. */
    static Duration duration(String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p") || text.startsWith("-p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?").matcher(text);
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                return switch (m.group(2) == null ? "s" : m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofSeconds(amount);
                };
            }
        }
        catch (RuntimeException e) {
            // reported below with the accepted forms
        }
        throw new IllegalStateException(key + " '" + value + "' is not a duration: write e.g. 2s, 1500ms, 5m or PT2S.");
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
