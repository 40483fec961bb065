package dev.polyfn.aws.eventbridge;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;

/**
 * Turns an EventBridge event into a request: a scheduled event ({@code "detail-type":"Scheduled Event"}, from a
 * rule or EventBridge Scheduler) into a {@link ScheduleTick} named after the rule or schedule; any other event into
 * its {@code detail} as a JSON body, read as the function's own input type.
 *
 * <p>Example: {@code {"detail-type":"Scheduled Event","time":"2026-11-23T02:00:00Z",
 * "resources":["arn:aws:events:eu-west-1:123456789012:rule/nightly-report"],...}} becomes
 * {@code ScheduleTick(2026-11-23T02:00:00Z, "nightly-report")}.
 */
public final class EventBridgeMapper {

    private EventBridgeMapper() {
    }

    public static PortableRequest scheduleTick(JsonNode event, InvocationContext context) {
        return PortableRequest.event(new ScheduleTick(time(event.path("time").asString(null)),
                scheduleName(event.path("resources")))).context(context).build();
    }

    public static PortableRequest detail(JsonNode event, InvocationContext context) {
        return PortableRequest.builder().contentType("application/json")
            .body(JsonTrees.write(event.path("detail"))).context(context).build();
    }

    /** {@code arn:aws:events:...:rule/nightly-report} -> {@code nightly-report}; Scheduler ARNs end in the schedule name. */
    static String scheduleName(JsonNode resources) {
        for (JsonNode resource : resources) {
            String arn = resource.asString("");
            int slash = arn.lastIndexOf('/');
            if (slash >= 0 && slash < arn.length() - 1) {
                return arn.substring(slash + 1);
            }
        }
        return null;
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
