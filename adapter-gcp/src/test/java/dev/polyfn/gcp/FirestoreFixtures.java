package dev.polyfn.gcp;

import java.nio.charset.StandardCharsets;

import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Firestore fixtures, written readable (DocumentEventData in protobuf's JSON mapping), and the same events as
 * Eventarc delivers them by default: data encoded as {@code application/protobuf} with Google's own classes.
 */
final class FirestoreFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FirestoreFixtures() {
    }

    /** The fixture with its data as protobuf bytes ({@code datacontenttype: application/protobuf}). */
    static CloudEvent protobuf(String fixture) {
        CloudEvent json = GcpFixtures.cloudEvent(fixture);
        return CloudEventBuilder.v1(json).withDataContentType("application/protobuf")
            .withData(protobufData(json.getData().toBytes())).build();
    }

    /** DocumentEventData JSON -> its protobuf encoding, with Google's JsonFormat. */
    static byte[] protobufData(byte[] json) {
        DocumentEventData.Builder data = DocumentEventData.newBuilder();
        try {
            JsonFormat.parser().merge(new String(json, StandardCharsets.UTF_8), data);
        }
        catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("fixture data is not DocumentEventData JSON", e);
        }
        return data.build().toByteArray();
    }

    static byte[] dataOf(String fixture) {
        return JSON.writeValueAsBytes(JSON.readTree(GcpFixtures.bytes(fixture)).path("data"));
    }
}
