package dev.polyfn.core.declaration;

import java.time.Duration;

/**
 * Google Cloud Functions (2nd gen) settings, for every function ({@code polyfn.gcp.*}) or one
 * ({@code polyfn.functions.<bean>.gcp.*}, which wins).
 *
 * @param region               the region (default us-central1)
 * @param runtime              the runtime (default java17)
 * @param memory               memory in gcloud's notation (default 512Mi)
 * @param timeout              the invocation timeout (default 60s)
 * @param allowUnauthenticated whether HTTP functions answer unauthenticated callers (default false)
 */
public record GcpSettings(String region, String runtime, String memory, Duration timeout,
        Boolean allowUnauthenticated) {

    public static final GcpSettings DEFAULTS = new GcpSettings("us-central1", "java17", "512Mi",
            Duration.ofSeconds(60), false);

    /** These settings, each unset one taken from {@code base}. */
    public GcpSettings over(GcpSettings base) {
        if (base == null) {
            return this;
        }
        return new GcpSettings(region != null ? region : base.region, runtime != null ? runtime : base.runtime,
                memory != null ? memory : base.memory, timeout != null ? timeout : base.timeout,
                allowUnauthenticated != null ? allowUnauthenticated : base.allowUnauthenticated);
    }

    /** The settings under the reader's prefix, or null when none is set. */
    static GcpSettings read(DeclarationReader settings) {
        if (!settings.hasAny(ConfigurationKeys.keys(GcpSettings.class))) {
            return null;
        }
        return new GcpSettings(settings.text("region"), settings.text("runtime"), settings.text("memory"),
                settings.duration("timeout"), settings.flag("allow-unauthenticated"));
    }
}
