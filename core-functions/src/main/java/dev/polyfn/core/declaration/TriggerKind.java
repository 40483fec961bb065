package dev.polyfn.core.declaration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.QueueMessage;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;

/**
 * The triggers a function can be declared on ({@code polyfn.functions.<bean>.<key>.<setting>}): their settings,
 * the clouds that offer them, and what they hand a function. The first five are portable (every cloud offers them);
 * the streams are each one cloud's own.
 */
public enum TriggerKind {
    HTTP("http", List.of("path", "methods"), List.of(), EnumSet.allOf(Cloud.class), null, true),
    QUEUE("queue", List.of("name", "dead-letter", "max-attempts", "batch-size"), List.of("name"),
            EnumSet.allOf(Cloud.class), QueueMessage.class, true),
    TOPIC("topic", List.of("name", "dead-letter"), List.of("name"), EnumSet.allOf(Cloud.class), PubSubMessage.class,
            true),
    STORAGE("storage", List.of("bucket"), List.of("bucket"), EnumSet.allOf(Cloud.class), StorageObjectEvent.class,
            false),
    SCHEDULE("schedule", List.of("cron"), List.of("cron"), EnumSet.allOf(Cloud.class), ScheduleTick.class, false),
    KINESIS("kinesis", List.of("stream", "batch-size", "starting-position", "dead-letter"), List.of("stream"),
            EnumSet.of(Cloud.AWS),
            null, true),
    DYNAMODB("dynamodb", List.of("table", "batch-size", "starting-position", "dead-letter", "events"),
            List.of("table"), EnumSet.of(Cloud.AWS),
            null, true),
    KAFKA("kafka", List.of("topic", "cluster", "bootstrap-servers", "batch-size", "starting-position"),
            List.of("topic"), EnumSet.of(Cloud.AWS), null, true),
    EVENTHUB("eventhub", List.of("name", "connection", "consumer-group"), List.of("name"), EnumSet.of(Cloud.AZURE),
            null, true),
    COSMOSDB("cosmosdb", List.of("database", "container", "connection", "lease-container"),
            List.of("database", "container"), EnumSet.of(Cloud.AZURE), null, true),
    FIRESTORE("firestore", List.of("document", "database", "event", "location"), List.of("document"),
            EnumSet.of(Cloud.GCP), null,
            true);

    private final String key;
    private final List<String> settings;
    private final List<String> required;
    private final Set<Cloud> clouds;
    private final Class<?> event;
    private final boolean payload;

    TriggerKind(String key, List<String> settings, List<String> required, Set<Cloud> clouds, Class<?> event,
            boolean payload) {
        this.key = key;
        this.settings = settings;
        this.required = required;
        this.clouds = clouds;
        this.event = event;
        this.payload = payload;
    }

    /** The key in {@code polyfn.functions.<bean>.<key>.*}, e.g. {@code queue}. */
    public String key() {
        return key;
    }

    /** Its settings, in kebab case, e.g. {@code name}, {@code dead-letter}. */
    public List<String> settings() {
        return settings;
    }

    /** The settings it cannot do without. */
    public List<String> required() {
        return required;
    }

    /** The clouds that offer it. */
    public Set<Cloud> clouds() {
        return clouds;
    }

    /** The portable event it hands a function (null: the message or body itself). */
    public Class<?> event() {
        return event;
    }

    /** True when each event carries a payload of the sender's (a message, a record, a body) to convert. */
    public boolean carriesPayload() {
        return payload;
    }

    /** The kind whose key is {@code key}, or null. */
    public static TriggerKind ofKey(String key) {
        for (TriggerKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
