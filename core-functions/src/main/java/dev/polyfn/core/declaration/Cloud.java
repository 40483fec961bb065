package dev.polyfn.core.declaration;

import java.util.Locale;

/** A cloud a function can be exposed on. Written in lower case in declarations: {@code aws}, {@code azure}, {@code gcp}. */
public enum Cloud {
    AWS("AWS Lambda"), AZURE("Azure Functions"), GCP("Google Cloud Functions");

    private final String title;

    Cloud(String title) {
        this.title = title;
    }

    /** {@code aws}, {@code azure}, {@code gcp}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** The cloud named {@code key} (any case); {@link IllegalArgumentException} naming the clouds otherwise. */
    public static Cloud of(String key) {
        for (Cloud cloud : values()) {
            if (cloud.key().equalsIgnoreCase(key.trim())) {
                return cloud;
            }
        }
        throw new IllegalArgumentException("Unknown cloud '" + key.trim() + "': use aws, azure or gcp.");
    }
}
