package dev.polyfn.gcp.event;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.gcp.firestore.FirestoreDocumentEventMapper;
import dev.polyfn.gcp.internal.GcpEventDataReader;
import dev.polyfn.gcp.pubsub.PubSubMessagePublishedMapper;
import dev.polyfn.gcp.storage.GcsObjectEventMapper;
import io.cloudevents.CloudEvent;

/**
 * Turns a CloudEvent delivered by Eventarc into the portable request for the deployment's function.
 *
 * <p>Examples: {@code google.cloud.pubsub.topic.v1.messagePublished} becomes a {@code PubSubMessage} (or a
 * {@code ScheduleTick} when the function takes one: Cloud Scheduler publishes through Pub/Sub);
 * {@code google.cloud.storage.object.v1.finalized} becomes a {@code StorageObjectEvent};
 * {@code google.cloud.firestore.document.v1.*} a {@code ChangeEvent} (body: the new document's fields); any other
 * (generic) Eventarc event passes its data and data content type as the body, except protobuf data, which no
 * function could bind (415). A function taking {@code io.cloudevents.CloudEvent} gets the event
 * itself. An envelope that cannot be decoded throws {@link ProblemException} (400).
 */
public final class GcpCloudEventMapper {

    public static final String PUBSUB_PUBLISHED = "google.cloud.pubsub.topic.v1.messagePublished";
    public static final String STORAGE_PREFIX = "google.cloud.storage.object.v1.";

    private final Class<?> inputType;
    private final PubSubMessagePublishedMapper pubsub;
    private final GcsObjectEventMapper storage;
    private final GcpEventDataReader data;
    private volatile FirestoreDocumentEventMapper firestore;

    /**
     * @param properties core's settings, whose limits bound the envelopes too
     * @param inputType  the function's input type, null for a {@code Supplier}
     */
    public GcpCloudEventMapper(dev.polyfn.core.PolyfnProperties properties, Type inputType) {
        this.inputType = rawClass(inputType);
        GcpEventDataReader data = new GcpEventDataReader(properties);
        this.data = data;
        this.pubsub = new PubSubMessagePublishedMapper(data);
        this.storage = new GcsObjectEventMapper(data);
    }

    public PortableRequest toRequest(CloudEvent event, InvocationContext context) {
        if (CloudEvent.class.isAssignableFrom(inputType)) {
            return PortableRequest.event(event).context(context).build();
        }
        String type = event.getType() == null ? "" : event.getType();
        if (type.equals(PUBSUB_PUBLISHED)) {
            return inputType == ScheduleTick.class ? pubsub.toScheduleTick(event, context)
                    : pubsub.toMessage(event, context);
        }
        if (type.startsWith(STORAGE_PREFIX)) {
            return storage.toRequest(event, context);
        }
        if (type.startsWith(FirestoreDocumentEventMapper.TYPE_PREFIX)) {
            return firestore().toRequest(event, context);
        }
        if (isProtobuf(event.getDataContentType())) {
            // a Google event whose protobuf data Polyfn does not decode: never offered to the function as a body
            throw new ProblemException(415, "Polyfn does not decode the protobuf data of " + printable(type)
                    + " events: deliver them with --event-data-content-type=application/json, or take the whole"
                    + " CloudEvent as the function's input.");
        }
        return PortableRequest.builder()
            .contentType(event.getDataContentType())
            .body(GcpEventDataReader.bytes(event))
            .context(context)
            .build();
    }

    /** Created on the first Firestore event, so no other deployment loads its classes (or protobuf's). */
    private FirestoreDocumentEventMapper firestore() {
        FirestoreDocumentEventMapper mapper = firestore;
        if (mapper == null) {
            mapper = new FirestoreDocumentEventMapper(data);
            firestore = mapper;
        }
        return mapper;
    }

    private static boolean isProtobuf(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("protobuf");
    }

    private static String printable(String text) {
        String cleaned = text.replaceAll("[^\\x20-\\x7e]", "?");
        return cleaned.length() > 120 ? cleaned.substring(0, 120) + "..." : cleaned;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Void.class;
    }
}
