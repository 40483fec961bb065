package dev.polyfn.test.gcp;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.gcp.PolyfnCloudEventFunction;
import dev.polyfn.gcp.event.GcpCloudEventMapper;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.EventCall;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as Eventarc delivers it to {@link PolyfnCloudEventFunction}: a message or notification as a Pub/Sub
 * {@code messagePublished} CloudEvent (data: the push envelope, the payload base64 in {@code message.data}), an
 * object as a Cloud Storage {@code object.v1.finalized} CloudEvent (data: the object resource, size as a string).
 * The answer is core's: the function's output when processed, its problem when not (the framework would answer 500
 * and Pub/Sub redeliver).
 */
public final class GcpEventCarrier implements Carrier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        PolyfnCloudEventFunction target = deployments.entryPoint("gcp-events", function, PolyfnCloudEventFunction::new);
        PortableResponse response = target.respond(encode((EventCall) call));
        if (response.isSuccess()) {
            return new Answer(202, response.body().length == 0 ? null : response.contentType(), Map.of(), response.body());
        }
        return new Answer(response.status(), response.contentType(), Map.of(), response.body());
    }

    private static CloudEvent encode(EventCall event) {
        String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000_000L));
        ObjectNode data = JSON.createObjectNode();
        if (event.kind() == EventCall.Kind.OBJECT) {
            data.put("kind", "storage#object").put("bucket", event.bucket()).put("name", event.key())
                .put("size", Long.toString(event.size())).put("generation", id).put("timeCreated", now());
            if (event.contentType() != null) {
                data.put("contentType", event.contentType());
            }
            return CloudEventBuilder.v1().withId(id)
                .withSource(URI.create("//storage.googleapis.com/projects/_/buckets/" + event.bucket()))
                .withType(GcpCloudEventMapper.STORAGE_PREFIX + "finalized").withSubject("objects/" + event.key())
                .withDataContentType("application/json").withData(JSON.writeValueAsBytes(data)).build();
        }
        data.putObject("message").put("data", Base64.getEncoder().encodeToString(event.payload()))
            .put("messageId", id).put("publishTime", now());
        data.put("subscription", "projects/polyfn-test/subscriptions/polyfn-test");
        return CloudEventBuilder.v1().withId(id)
            .withSource(URI.create("//pubsub.googleapis.com/projects/polyfn-test/topics/polyfn-test"))
            .withType(GcpCloudEventMapper.PUBSUB_PUBLISHED).withDataContentType("application/json")
            .withData(JSON.writeValueAsBytes(data)).build();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
