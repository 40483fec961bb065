package dev.polyfn.azure.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Timer trigger invocations (documented TimerInfo) through {@link PolyfnAzureTimer}. */
class AzureTimerTriggerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock TWO_AM = Clock.fixed(Instant.parse("2026-11-23T02:00:00.0023456Z"), ZoneOffset.UTC);

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_NIGHTLYREPORT", "tickEcho",
                "POLYFN_FUNCTION_BROKEN_TIMER", "tickFails", "POLYFN_FUNCTION_TEXT_TIMER", "uppercase"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void timerInfoBecomesAScheduleTickNamedAfterTheAzureFunction() {
        TestExecutionContext context = new TestExecutionContext("inv-7", "nightlyReport", null);

        JsonNode seen = JSON.readTree(PolyfnAzureTimer.handle(app,
                AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"), context, TWO_AM).body());

        assertThat(seen.path("time").asString()).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(seen.path("scheduleName").asString()).isEqualTo("nightlyReport");
        assertThat(seen.path("provider").asString()).isEqualTo("azure");
        assertThat(seen.path("requestId").asString()).isEqualTo("inv-7");
        assertThat(seen.path("attributes").path("timerPastDue").asString()).isEqualTo("false");
        assertThat(seen.path("attributes").path("scheduleLast").asString()).isEqualTo("2026-11-22T02:00:00.001234500Z");
    }

    @Test
    void withoutAScheduleStatusTheTickIsTheInvocationStart() {
        JsonNode seen = JSON.readTree(PolyfnAzureTimer.handle(app, "{\"Schedule\":{\"AdjustForDST\":true},"
                + "\"ScheduleStatus\":null,\"IsPastDue\":false}", TestExecutionContext.of("nightlyReport"), TWO_AM).body());

        assertThat(seen.path("time").asString()).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(seen.path("attributes").has("scheduleNext")).isFalse();
    }

    @Test
    void aPastDueTimerSaysSo() {
        JsonNode seen = JSON.readTree(PolyfnAzureTimer.handle(app,
                AzureInvocationFixture.load("timer-past-due.json").data("timerInfo"),
                TestExecutionContext.of("nightlyReport"), TWO_AM).body());

        assertThat(seen.path("attributes").path("timerPastDue").asString()).isEqualTo("true");
    }

    @Test
    void aFailingScheduledFunctionThrows() {
        assertThatThrownBy(() -> PolyfnAzureTimer.handle(app,
                AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"),
                TestExecutionContext.of("broken-timer"), TWO_AM))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(500));
    }

    @Test
    void aFunctionThatCannotTakeATickThrowsA400() {
        assertThatThrownBy(() -> PolyfnAzureTimer.handle(app,
                AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"),
                TestExecutionContext.of("text-timer"), TWO_AM))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void timerInfoThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> PolyfnAzureTimer.handle(app, "IsPastDue=false",
                TestExecutionContext.of("nightlyReport"), TWO_AM))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("TimerInfo is not JSON");
    }
}
