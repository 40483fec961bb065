package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Core's shared scenario set through this adapter: every HTTP case in each HTTP event shape, and the portable
 * events through an S3 notification and an EventBridge scheduled event. None is skipped.
 */
class AwsScenariosTest {

    static Stream<Arguments> httpScenarios() {
        return Stream.of(HttpEnvelope.values())
            .flatMap(shape -> Scenarios.http().stream().map(s -> Arguments.of(shape, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("httpScenarios")
    void httpShapesAnswerLikeCore(HttpEnvelope shape, ContractScenario scenario) {
        byte[] response = TestHandlers.invoke(scenario.function(), shape.encode(scenario.request()));
        scenario.verify(shape.decode(response));
    }

    static Stream<ContractScenario> eventScenarios() {
        return Scenarios.events().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventScenarios")
    void eventsArriveThroughTheirAwsSource(ContractScenario scenario) {
        byte[] payload = scenario.request().event() instanceof StorageObjectEvent storage ? s3Event(storage)
                : scheduledEvent((ScheduleTick) scenario.request().event());
        scenario.verify(asObserved(TestHandlers.invoke(scenario.function(), payload)));
    }

    /** The S3 fixture carrying the scenario's object, its key URL-encoded the way S3 sends it. */
    private static byte[] s3Event(StorageObjectEvent storage) {
        ObjectNode event = Fixtures.tree("s3-object-created.json");
        ObjectNode record = (ObjectNode) event.path("Records").path(0);
        record.put("eventName", storage.eventType());
        ObjectNode s3 = (ObjectNode) record.path("s3");
        ((ObjectNode) s3.path("bucket")).put("name", storage.bucket());
        ((ObjectNode) s3.path("object")).put("key", URLEncoder.encode(storage.key(), StandardCharsets.UTF_8)
                .replace("%2F", "/")).put("size", storage.size());
        return Fixtures.write(event);
    }

    private static byte[] scheduledEvent(ScheduleTick tick) {
        ObjectNode event = Fixtures.tree("eventbridge-scheduled.json");
        event.put("time", tick.time().toString());
        event.putArray("resources").add("arn:aws:events:eu-west-1:123456789012:rule/" + tick.scheduleName());
        return Fixtures.write(event);
    }

    /** A direct result: a JSON string is the function's text, anything else its JSON. */
    private static Observed asObserved(byte[] result) {
        JsonNode node = Fixtures.read(result);
        assertThat(node.isMissingNode()).isFalse();
        if (node.isString()) {
            return new Observed(200, "text/plain", node.asString().getBytes(StandardCharsets.UTF_8));
        }
        return new Observed(200, "application/json", result);
    }
}
