package dev.polyfn.azure.timer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationContexts;
import dev.polyfn.azure.AzureInvocationException;
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
 * {@code {"Schedule":{"AdjustForDST":true},"IsPastDue":false,...}} fired at 02:00:00 UTC becomes
 * {@code ScheduleTick(2026-11-23T02:00:00Z, "nightlyReport")} (TimerInfo gives no firing time, so the time is when
 * the invocation started); {@code IsPastDue} becomes the context attribute {@code timerPastDue}.
 * A failing function throws {@link AzureInvocationException}; TimerInfo that is not JSON throws
 * {@link IllegalArgumentException}.
 */
public final class PolyfnAzureTimer {

    private PolyfnAzureTimer() {
    }

    public static PortableResponse handle(String timerInfo, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), timerInfo, context, Clock.systemUTC());
    }

    /** As {@link #handle(String, ExecutionContext)}, for an application and clock chosen by the caller. */
    public static PortableResponse handle(PolyfnAzure app, String timerInfo, ExecutionContext context, Clock clock) {
        boolean pastDue = isPastDue(app, timerInfo);
        ScheduleTick tick = new ScheduleTick(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                context.getFunctionName());
        PortableRequest request = PortableRequest.event(tick)
            .context(AzureInvocationContexts.of(context, null, Map.of("timerPastDue", Boolean.toString(pastDue))))
            .build();
        return app.deliver(request, context);
    }

    private static boolean isPastDue(PolyfnAzure app, String timerInfo) {
        if (timerInfo == null || timerInfo.isBlank()) {
            return false;
        }
        try {
            JsonNode info = app.json().readTree(timerInfo);
            return info.path("IsPastDue").asBoolean(false) || info.path("isPastDue").asBoolean(false);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("Timer trigger TimerInfo is not JSON.");
        }
    }
}
