package dev.polyfn.azure.timer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.AzureTriggerMetadata;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ScheduleTick;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The body of a timer-triggered {@code @FunctionName} method: the TimerInfo becomes a {@link ScheduleTick} named
 * after the Azure function.
 * <pre>{@code
 * @FunctionName("nightlyReport")
 * public void nightlyReport(@TimerTrigger(name = "timerInfo", schedule = "%NIGHTLY_SCHEDULE%") String timerInfo,
 *         ExecutionContext context) {
 *     PolyfnAzureTimer.handle(timerInfo, context);
 * }
 * }</pre>
 * {@code {"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2026-11-22T02:00:00+00:00",
 * "Next":"2026-11-23T02:00:00+00:00","LastUpdated":...},"IsPastDue":false}} becomes
 * {@code ScheduleTick(2026-11-23T02:00:00Z, "nightlyReport")}: while a timer function runs, {@code ScheduleStatus.Next}
 * is the occurrence it runs for (azure-webjobs-sdk-extensions TimerListener); without a schedule status (no
 * monitor) the time is when the invocation started, to the second. Context attributes: {@code timerPastDue},
 * and {@code scheduleLast} / {@code scheduleNext} when the host sent them. A failing function throws
 * {@link AzureInvocationException}; so does TimerInfo that is not JSON, with a 400 problem.
 */
public final class PolyfnAzureTimer {

    private PolyfnAzureTimer() {
    }

    public static PortableResponse handle(String timerInfo, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), timerInfo, context, Clock.systemUTC());
    }

    /** As {@link #handle(String, ExecutionContext)}, for an application and clock chosen by the caller. */
    public static PortableResponse handle(PolyfnAzure app, String timerInfo, ExecutionContext context, Clock clock) {
        return app.deliver(context, () -> {
            JsonNode info = read(app, timerInfo);
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("timerPastDue", Boolean.toString(info.path("IsPastDue").asBoolean(false)));
            JsonNode status = info.path("ScheduleStatus");
            Instant next = AzureTriggerMetadata.time(status.path("Next"), "Timer trigger ScheduleStatus.Next");
            Instant last = AzureTriggerMetadata.time(status.path("Last"), "Timer trigger ScheduleStatus.Last");
            if (last != null) {
                facts.put("scheduleLast", last.toString());
            }
            if (next != null) {
                facts.put("scheduleNext", next.toString());
            }
            Instant fired = next != null ? next : Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
            return PortableRequest.event(new ScheduleTick(fired, context.getFunctionName()))
                .context(app.context(context, null, facts))
                .build();
        });
    }

    private static JsonNode read(PolyfnAzure app, String timerInfo) {
        if (timerInfo == null || timerInfo.isBlank()) {
            return app.json().createObjectNode();
        }
        try {
            JsonNode info = app.json().readTree(timerInfo);
            if (!info.isObject()) {
                throw new IllegalArgumentException("Timer trigger TimerInfo is not a JSON object.");
            }
            return info;
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Timer trigger TimerInfo is not JSON.");
        }
    }
}
