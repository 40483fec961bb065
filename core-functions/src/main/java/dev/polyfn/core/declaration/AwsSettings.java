package dev.polyfn.core.declaration;

import java.time.Duration;

/**
 * AWS Lambda settings, for every function ({@code polyfn.aws.*}) or one ({@code polyfn.functions.<bean>.aws.*},
 * which wins).
 *
 * @param runtime      the Lambda runtime (default java21)
 * @param architecture x86_64 (default) or arm64
 * @param memory       memory in MB (default 512)
 * @param timeout      the invocation timeout (default 15s)
 * @param snapStart    SnapStart on published versions (default true)
 * @param tracing      X-Ray active tracing (default true)
 */
public record AwsSettings(String runtime, String architecture, Integer memory, Duration timeout, Boolean snapStart,
        Boolean tracing) {

    public static final AwsSettings DEFAULTS = new AwsSettings("java21", "x86_64", 512, Duration.ofSeconds(15), true,
            true);

    /** These settings, each unset one taken from {@code base}. */
    public AwsSettings over(AwsSettings base) {
        if (base == null) {
            return this;
        }
        return new AwsSettings(runtime != null ? runtime : base.runtime,
                architecture != null ? architecture : base.architecture, memory != null ? memory : base.memory,
                timeout != null ? timeout : base.timeout, snapStart != null ? snapStart : base.snapStart,
                tracing != null ? tracing : base.tracing);
    }

    /** The settings under the reader's prefix, or null when none is set. */
    static AwsSettings read(DeclarationReader settings) {
        if (!settings.hasAny(ConfigurationKeys.keys(AwsSettings.class))) {
            return null;
        }
        return new AwsSettings(settings.text("runtime"), settings.text("architecture"), settings.integer("memory"),
                settings.duration("timeout"), settings.flag("snap-start"), settings.flag("tracing"));
    }
}
