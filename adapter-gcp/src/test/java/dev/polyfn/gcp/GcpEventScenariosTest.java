package dev.polyfn.gcp;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared event scenario set through {@link PolyfnCloudEventFunction}: each portable event is first encoded as the
 * CloudEvent Google would deliver (the only GCP-specific part: this class's event factory).
 */
class GcpEventScenariosTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<ContractScenario> scenarios() {
        return Scenarios.events().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void cloudEventFunctionAnswersEveryScenario(ContractScenario scenario) {
        PolyfnCloudEventFunction function = new PolyfnCloudEventFunction(GcpTestRuntimes.forFunction(scenario.function()));
        CloudEvent event = toCloudEvent(scenario.request().event());

        PortableResponse answer = function.respond(event);

        scenario.verify(new Observed(answer.status(), answer.contentType(), answer.body()));
        if (answer.isSuccess()) {
            assertThatCode(() -> function.accept(event)).doesNotThrowAnyException();
        }
    }

    /** The event factory: a portable event as Eventarc would deliver it. */
    static CloudEvent toCloudEvent(Object portable) {
        if (portable instanceof StorageObjectEvent object) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("kind", "storage#object");
            data.put("bucket", object.bucket());
            data.put("name", object.key());
            data.put("size", String.valueOf(object.size()));
            if (object.contentType() != null) {
                data.put("contentType", object.contentType());
            }
            return CloudEventBuilder.v1().withId("storage-1")
                .withSource(URI.create("//storage.googleapis.com/projects/_/buckets/" + object.bucket()))
                .withType("google.cloud.storage.object.v1.finalized")
                .withSubject("objects/" + object.key())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data))
                .build();
        }
        if (portable instanceof ScheduleTick tick) {
            Map<String, Object> message = Map.of(
                    "data", Base64.getEncoder().encodeToString("tick".getBytes(StandardCharsets.UTF_8)),
                    "attributes", Map.of("scheduleName", tick.scheduleName()),
                    "messageId", "scheduler-1");
            return CloudEventBuilder.v1().withId("scheduler-1")
                .withSource(URI.create("//pubsub.googleapis.com/projects/p/topics/schedules"))
                .withType("google.cloud.pubsub.topic.v1.messagePublished")
                .withTime(tick.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(Map.of("message", message,
                        "subscription", "projects/p/subscriptions/schedules-sub")))
                .build();
        }
        throw new IllegalArgumentException("no GCP encoding for " + portable);
    }
}
