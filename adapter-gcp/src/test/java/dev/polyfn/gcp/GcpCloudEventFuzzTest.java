package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.testkit.Answers;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/**
 * {@link PolyfnCloudEventFunction} under arbitrary CloudEvents: structured-mode documents (seeds: the fixtures under
 * {@code events/gcp}, see the pom) and binary-mode events with any data of the Google event types Polyfn decodes.
 * Invariants: {@code accept} returns or throws {@link GcpEventFailedException} with a 4xx status (these functions
 * never fail on their own), never anything else; a problem is well-formed and leaks nothing. A document the
 * CloudEvents SDK itself rejects never reaches Polyfn (the functions framework answers it), so it is skipped.
 * Legacy (1st gen) events reach Polyfn only as CloudEvents converted by the invoker.
 */
class GcpCloudEventFuzzTest {

    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private static final String[] TYPES = {"google.cloud.pubsub.topic.v1.messagePublished",
        "google.cloud.storage.object.v1.finalized", "google.cloud.storage.object.v1.deleted",
        "google.cloud.firestore.document.v1.created", "google.cloud.firestore.document.v1.updated",
        "google.cloud.firestore.document.v1.deleted", "google.cloud.firestore.document.v1.written.withAuthContext",
        "com.example.order.created"};
    private static final String[] DATA_TYPES = {"application/json", "application/protobuf", "text/plain",
        "application/octet-stream", "application/json; charset=utf-16"};
    private static final Map<String, PolyfnCloudEventFunction> FUNCTIONS = new ConcurrentHashMap<>();

    @FuzzTest(maxDuration = "2m")
    void paymentEvents(byte[] document) {
        structured("processPayment", document);
    }

    @FuzzTest(maxDuration = "2m")
    void storageEvents(byte[] document) {
        structured("indexObject", document);
    }

    @FuzzTest(maxDuration = "2m")
    void changeEvents(byte[] document) {
        structured("change", document);
    }

    @FuzzTest(maxDuration = "2m")
    void binaryEvents(FuzzedDataProvider data) {
        String function = data.pickValue(new String[] {"processPayment", "indexObject", "change"});
        String id = data.consumeString(20);
        String type = data.consumeBoolean() ? data.pickValue(TYPES) : data.consumeString(60);
        String subject = data.consumeBoolean() ? data.consumeString(60) : null;
        String dataType = data.consumeBoolean() ? data.pickValue(DATA_TYPES) : data.consumeString(30);
        byte[] bytes = data.consumeRemainingAsBytes();
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(id)
            .withSource(URI.create("//fuzz.example/" + Integer.toHexString(id.hashCode()))).withType(type);
        if (subject != null) {
            builder.withSubject(subject);
        }
        CloudEvent event = builder.withData(dataType.isEmpty() ? null : dataType, bytes).build();
        deliver(function, event, String.join(" ", id, type, String.valueOf(subject), dataType,
                String.valueOf(event.getDataContentType()), String.valueOf(event.getSubject()), event.getType(),
                new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    private static void structured(String function, byte[] document) {
        CloudEvent event;
        try {
            event = FORMAT.deserialize(document);
        }
        catch (RuntimeException rejectedBySdk) {
            return;
        }
        if (event == null) {
            return; // the SDK reads some documents as no event at all
        }
        deliver(function, event, new String(document, StandardCharsets.UTF_8) + event
                + (event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8)));
    }

    private static void deliver(String function, CloudEvent event, String sent) {
        PolyfnCloudEventFunction target = function(function);
        PortableResponse answer = target.respond(event);
        if (answer.isSuccess()) {
            return;
        }
        assertThat(answer.status()).as("a failed event is the sender's fault: %s", answer.bodyAsString())
            .isBetween(400, 499);
        Answers.assertProblemLeaksNothing(Answers.assertProblem(answer.status(), answer.body()),
                sent + decodedPubSubData(event));
    }

    /** Pub/Sub carries its message base64 inside the data: what the caller sent includes the decoded message. */
    private static String decodedPubSubData(CloudEvent event) {
        if (event.getData() == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        java.util.regex.Matcher base64 = java.util.regex.Pattern.compile("[A-Za-z0-9+/=_-]{4,}")
            .matcher(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
        while (base64.find()) {
            try {
                all.append(new String(java.util.Base64.getMimeDecoder().decode(base64.group()), StandardCharsets.UTF_8));
            }
            catch (IllegalArgumentException notBase64) {
                // not every token is base64
            }
        }
        return all.toString();
    }

    private static PolyfnCloudEventFunction function(String name) {
        return FUNCTIONS.computeIfAbsent(name, fn -> new PolyfnCloudEventFunction(PolyfnRuntime.start(Map.of(
                PolyfnRuntime.CONFIGURATION_PROPERTY, GcpTestRuntimes.CONFIGURATION,
                "spring.cloud.function.definition", fn, "polyfn.logging.invocations", "false"))));
    }
}
