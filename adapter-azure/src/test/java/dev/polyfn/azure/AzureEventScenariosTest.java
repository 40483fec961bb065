package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.timer.PolyfnAzureTimer;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.ContractScenario;
import dev.polyfn.core.testkit.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared event scenarios through Azure's own triggers: a storage event arrives as a blob trigger
 * ({@code BlobTrigger} path {@code container/name} and the content), a schedule tick as a timer trigger of an Azure
 * function whose name is the schedule name, mapped to the scenario's function by its app setting.
 */
class AzureEventScenariosTest {

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_NIGHTLY", "tick", "POLYFN_FUNCTION_UPLOADS", "indexObject"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<ContractScenario> scenarios() {
        return Scenarios.events().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void azureTriggersAnswerEveryEventScenario(ContractScenario scenario) {
        Object event = scenario.request().event();
        PortableResponse response = null;
        if (event instanceof StorageObjectEvent storage) {
            byte[] content = new byte[(int) storage.size()];
            response = PolyfnAzureBlob.handle(app, content, storage.bucket() + "/" + storage.key(), null,
                    TestExecutionContext.of("uploads"));
        }
        else if (event instanceof ScheduleTick tick) {
            response = PolyfnAzureTimer.handle(app, AzureInvocationFixture.load("timer-nightly.json").data("timerInfo"),
                    TestExecutionContext.of(tick.scheduleName()), Clock.fixed(tick.time(), ZoneOffset.UTC));
        }
        else {
            fail("No Azure trigger delivers %s", event);
        }
        scenario.verify(new Observed(response.status(), response.contentType(), response.body()));
    }
}
