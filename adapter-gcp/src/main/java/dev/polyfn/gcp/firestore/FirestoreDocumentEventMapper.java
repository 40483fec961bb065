package dev.polyfn.gcp.firestore;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ChangeKind;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.gcp.internal.GcpEventDataReader;
import io.cloudevents.CloudEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an Eventarc Firestore document event into a {@link ChangeEvent} whose body is the new value's fields as
 * plain JSON, so a function takes either the change event or its own type (e.g. a {@code Payment} document).
 * Data is Google's {@code DocumentEventData}: {@code application/protobuf} (Eventarc's default) or
 * {@code application/json}.
 *
 * <p>Example: {@code google.cloud.firestore.document.v1.created} of {@code .../documents/payments/p-1} with fields
 * {@code paymentId, orderId, amount} -> {@code ChangeEvent("google.cloud.firestore", ".../documents/payments/p-1",
 * CREATED, {id=p-1}, {paymentId=p-1, ...}, null, null, <event time>)} with body
 * {@code {"paymentId":"p-1","orderId":"o-1","amount":10.0}}. Data that cannot be decoded (truncated protobuf,
 * another content type) throws {@link ProblemException} (400 or 415).
 */
public final class FirestoreDocumentEventMapper {

    public static final String TYPE_PREFIX = "google.cloud.firestore.document.v1.";

    private final GcpEventDataReader data;
    private final ObjectMapper json = JsonMapper.builder().build();

    public FirestoreDocumentEventMapper(GcpEventDataReader data) {
        this.data = data;
    }

    public PortableRequest toRequest(CloudEvent event, InvocationContext context) {
        FirestoreDocument document = decode(event);
        ChangeEvent change = new ChangeEvent("google.cloud.firestore",
                document.name() != null ? document.name() : event.getSubject(),
                kind(event.getType(), document), Map.of("id", id(document.name(), event.getSubject())),
                document.newFields(), document.oldFields(), null,
                event.getTime() == null ? null : event.getTime().toInstant());
        byte[] body = change.newImage() == null ? new byte[0] : json.writeValueAsBytes(change.newImage());
        return PortableRequest.event(change).contentType("application/json").body(body).context(context).build();
    }

    private FirestoreDocument decode(CloudEvent event) {
        String type = event.getDataContentType() == null ? "application/protobuf"
                : event.getDataContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("application/protobuf") || type.startsWith("application/x-protobuf")) {
                return FirestoreProtobufDecoder.decode(GcpEventDataReader.bytes(event));
            }
            if (type.startsWith("application/json")) {
                JsonNode tree = data.object(event, "Firestore");
                String name = GcpEventDataReader.text(tree.path("value"), "name");
                return new FirestoreDocument(name != null ? name : GcpEventDataReader.text(tree.path("oldValue"),
                        "name"), FirestoreJsonValues.fields(tree.path("value")),
                        FirestoreJsonValues.fields(tree.path("oldValue")));
            }
        }
        catch (IllegalArgumentException e) {
            throw new ProblemException(400, "The Firestore event data " + e.getMessage() + ".");
        }
        throw new ProblemException(415, "Firestore event data of content type '" + printable(type)
                + "' is not supported: Eventarc sends application/protobuf or application/json.");
    }

    /** {@code ...v1.written} says neither: a creation has no old value, a deletion no new one. */
    private static ChangeKind kind(String type, FirestoreDocument document) {
        String action = type.substring(TYPE_PREFIX.length()).replace(".withAuthContext", "");
        return switch (action) {
            case "created" -> ChangeKind.CREATED;
            case "updated" -> ChangeKind.UPDATED;
            case "deleted" -> ChangeKind.DELETED;
            default -> document.oldFields() == null ? ChangeKind.CREATED
                    : document.newFields() == null ? ChangeKind.DELETED : ChangeKind.UPDATED;
        };
    }

    /** {@code .../documents/payments/p-1} -> {@code p-1}. */
    private static String id(String name, String subject) {
        String path = name != null ? name : subject == null ? "" : subject;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String printable(String type) {
        String cleaned = type.replaceAll("[^\\x20-\\x7e]", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "..." : cleaned;
    }
}
