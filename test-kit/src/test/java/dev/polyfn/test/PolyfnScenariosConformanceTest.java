package dev.polyfn.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.StorageObjectEvent;
import dev.polyfn.core.testkit.Observed;
import dev.polyfn.core.testkit.Scenarios;
import dev.polyfn.core.testkit.TestkitFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Polyfn's own scenario set (core's testkit) as the kit's first user: every HTTP scenario on the seven HTTP
 * targets, the portable events and the payment messages on every event target, each through the target's real
 * envelope code. The run's matrix must equal docs/conformance.md's ({@code -Dpolyfn.conformance.write=true}
 * rewrites it).
 */
class PolyfnScenariosConformanceTest {

    static final String MATRIX_START = "<!-- matrix:start (written by PolyfnScenariosConformanceTest) -->";
    static final String MATRIX_END = "<!-- matrix:end -->";
    private static final String PAYMENT = "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}";

    private static final PolyfnConformance KIT = declared(PolyfnConformance.of(TestkitFunctions.class));
    private static final List<ScenarioResult> RESULTS = new ArrayList<>();

    private static PolyfnConformance declared(PolyfnConformance kit) {
        PolyfnConformance all = kit.with("polyfn.logging.invocations", "false");
        for (Map.Entry<String, String> declaration : Scenarios.DECLARATIONS.entrySet()) {
            all = all.with(declaration.getKey(), declaration.getValue());
        }
        return all;
    }

    /** Core's scenarios as the kit's: the request as a client sends it, core's own checks on every answer. */
    static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        for (dev.polyfn.core.testkit.ContractScenario core : Scenarios.http()) {
            // 431's detail counts the request's header values, and every platform adds its own (Content-Length,
            // Host): the status and title are compared, the count is not
            java.util.Set<String> varying = core.status() == 431 ? java.util.Set.of("orderId", "detail")
                    : java.util.Set.of("orderId");
            all.add(new Scenario(core.name(), core.function(), call(core.request()), core.status(),
                    answer -> core.verify(new Observed(answer.status(), answer.contentType(), answer.body())),
                    varying, java.util.Set.of()));
        }
        for (dev.polyfn.core.testkit.ContractScenario core : Scenarios.events()) {
            if (core.request().event() instanceof StorageObjectEvent object) {
                all.add(Scenario.of(core.name(), core.function(), EventCall.object(object.bucket(), object.key(),
                        object.size(), object.contentType())).check(answer -> {
                            if (answer.body().length > 0) {
                                core.verify(new Observed(200, answer.contentType(), answer.body()));
                            }
                        }));
            }
            // the schedule tick: an EventBridge rule, an Azure timer and Cloud Scheduler each carry it in a shape
            // of their own, with no event kind in common with the others; each adapter's tests cover it
        }
        all.add(Scenario.of("a valid payment message is processed", "processPayment", EventCall.message(PAYMENT)));
        all.add(Scenario.of("a payment message with amount 0 fails for redelivery", "processPayment",
                EventCall.message(PAYMENT.replace("10.00", "0"))).expect(400));
        all.add(Scenario.of("an unreadable payment message fails for redelivery", "processPayment",
                EventCall.message("{\"paymentId\":")).expect(400));
        all.add(Scenario.of("a payment notification is processed", "processPayment", EventCall.notification(PAYMENT)));
        all.add(Scenario.of("a payment notification with amount 0 fails", "processPayment",
                EventCall.notification(PAYMENT.replace("10.00", "0"))).expect(400));
        all.add(Scenario.of("a payment stream record is processed", "processPayment", EventCall.streamRecord(PAYMENT)));
        all.add(Scenario.of("a payment stream record with amount 0 fails", "processPayment",
                EventCall.streamRecord(PAYMENT.replace("10.00", "0"))).expect(400));
        return all;
    }

    static HttpCall call(PortableRequest request) {
        HttpCall call = HttpCall.of(request.method(), request.path());
        if (!request.query().isEmpty()) {
            call.query(request.query().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v)).collect(Collectors.joining("&")));
        }
        request.headers().forEach((name, values) -> values.forEach(value -> call.header(name, value)));
        return call.body(request.body());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioAnswersTheSameOnEveryTarget() {
        return scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            ScenarioResult result = KIT.run(scenario);
            synchronized (RESULTS) {
                RESULTS.add(result);
            }
            assertThat(result.passed()).as(result.report()).isTrue();
        }));
    }

    @Test
    void aDifferenceBetweenTargetsIsReportedSideBySide() {
        // a function answering 200 on every target, checked against a different expectation: every target misses
        ScenarioResult result = KIT.run(Scenario.of("uppercase", "uppercase", HttpCall.post("/uppercase").text("a"))
            .expect(201).on(Target.LOCAL_APP, Target.AWS_ALB));
        assertThat(result.passed()).isFalse();
        assertThat(result.report()).contains("local app: answered 200", "ALB: answered 200");

        ScenarioResult differing = new ScenarioResult(result.scenario(), Map.of(
                Target.AWS_ALB, new Answer(200, "text/plain", Map.of(), "A".getBytes(StandardCharsets.UTF_8)),
                Target.GCP_HTTP, new Answer(400, "application/problem+json", Map.of(),
                        "{\"status\":400}".getBytes(StandardCharsets.UTF_8))), Map.of());
        assertThat(differing.agreed()).isFalse();
        assertThat(differing.report()).contains("the targets answer differently", "status: 200", "status: 400", " | ");
    }

    @AfterAll
    static void writeTheMatrix() throws IOException {
        KIT.close();
        List<ScenarioResult> ordered = new ArrayList<>();
        for (Scenario scenario : scenarios()) {
            RESULTS.stream().filter(r -> r.scenario().name().equals(scenario.name())).findFirst()
                .ifPresent(ordered::add);
        }
        if (ordered.size() != scenarios().size()) {
            return; // a partial run (one test selected) says nothing about the document
        }
        String http = ConformanceMatrix.markdown(ordered.stream().filter(r -> r.scenario().isHttp()).toList(),
                Stream.of(Target.values()).filter(Target::carriesHttp).toList());
        String events = ConformanceMatrix.markdown(ordered.stream().filter(r -> !r.scenario().isHttp()).toList(),
                Stream.of(Target.values()).filter(t -> !t.carriesHttp()).toList());
        String matrix = MATRIX_START + "\n\n### HTTP\n\n" + http + "\n### Events\n\n" + events + "\n" + MATRIX_END;
        Path target = Path.of("target", "conformance-matrix.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, matrix + "\n");
        Path doc = Path.of(System.getProperty("polyfn.conformance.doc", "../docs/conformance.md"));
        String text = Files.readString(doc);
        int start = text.indexOf(MATRIX_START);
        int end = text.indexOf(MATRIX_END);
        assertThat(start).as("%s has the matrix markers", doc).isGreaterThanOrEqualTo(0);
        String current = text.substring(start, end + MATRIX_END.length());
        if (Boolean.getBoolean("polyfn.conformance.write")) {
            Files.writeString(doc, text.substring(0, start) + matrix + text.substring(end + MATRIX_END.length()));
            return;
        }
        assertThat(current).as("docs/conformance.md's matrix is the one this run produced (%s); rewrite it with"
                + " -Dpolyfn.conformance.write=true", target.toAbsolutePath()).isEqualTo(matrix);
    }
}
