package dev.polyfn.test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.polyfn.core.PolyfnRuntime;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs scenarios on your functions through every target and holds them to one answer.
 *
 * <p>Example (JUnit 5):
 * <pre>{@code
 * static final PolyfnConformance KIT = PolyfnConformance.forApplication();
 *
 * @TestFactory
 * Stream<DynamicTest> ordersAnswerTheSameEverywhere() {
 *     return KIT.tests(
 *             Scenario.of("accepts an order", "createOrder", HttpCall.post("/createOrder").json(ORDER))
 *                 .expect(200).varying("orderId"),
 *             Scenario.of("GET is not served", "createOrder", HttpCall.get("/createOrder")).expect(405));
 * }
 * }</pre>
 * The functions are found as every Polyfn home finds them: {@code polyfn.configuration} and the declarations in
 * the test class path's {@code application.properties}, plus what {@link #with} adds. Each target runs its own
 * entry point ({@link Target#how()}); the cloud targets share one lean runtime per function, the local app serves
 * every function over real HTTP on a free port. A scenario fails when a target answers another status than
 * expected, when its {@link Scenario#check} fails there, or when two targets answer differently (the answers
 * shown side by side). Thread-safe; keep one per test class (it closes itself when the JVM exits).
 */
public final class PolyfnConformance implements AutoCloseable {

    private final Map<String, Object> settings;
    private final Set<Target> targets;
    private volatile Deployments deployments;

    private PolyfnConformance(Map<String, Object> settings, Set<Target> targets) {
        this.settings = Map.copyOf(settings);
        this.targets = Set.copyOf(targets);
    }

    /** Your application as its {@code application.properties} declares it ({@code polyfn.configuration}). */
    public static PolyfnConformance forApplication() {
        return new PolyfnConformance(Map.of(), EnumSet.allOf(Target.class));
    }

    /** The functions of these configuration classes (as {@code polyfn.configuration} would name them). */
    public static PolyfnConformance of(Class<?>... configurations) {
        return new PolyfnConformance(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY, Arrays.stream(configurations)
            .map(Class::getName).collect(Collectors.joining(","))), EnumSet.allOf(Target.class));
    }

    /** The same kit with one more setting for every deployment (e.g. a declaration, a limit). */
    public PolyfnConformance with(String key, String value) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(key, value);
        return new PolyfnConformance(all, targets);
    }

    /** The same kit on these targets only. */
    public PolyfnConformance on(Target... only) {
        return new PolyfnConformance(settings, EnumSet.copyOf(List.of(only)));
    }

    /** Runs {@code scenario} on every target that carries it. */
    public ScenarioResult run(Scenario scenario) {
        Map<Target, Answer> answers = new LinkedHashMap<>();
        Map<Target, String> misses = new LinkedHashMap<>();
        for (Target target : Target.values()) {
            if (!targets.contains(target) || !scenario.runsOn(target)) {
                continue;
            }
            Answer answer;
            try {
                answer = target.carrier().send(scenario.function(), scenario.call(), deployments());
            }
            catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                misses.put(target, "could not be run: " + e + (cause == e ? "" : " (" + cause + ")"));
                continue;
            }
            answers.put(target, answer);
            String miss = miss(scenario, answer);
            if (miss != null) {
                misses.put(target, miss);
            }
        }
        return new ScenarioResult(scenario, answers, misses);
    }

    /** Runs {@code scenario} and throws, with the report, unless every target met it alike. */
    public ScenarioResult check(Scenario scenario) {
        ScenarioResult result = run(scenario);
        if (!result.passed()) {
            throw new AssertionFailedError(result.report());
        }
        return result;
    }

    /** One JUnit 5 dynamic test per scenario. */
    public Stream<DynamicTest> tests(Scenario... scenarios) {
        return tests(List.of(scenarios));
    }

    public Stream<DynamicTest> tests(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    /** The deployments of this kit, started on first use. */
    public Deployments deployments() {
        Deployments started = deployments;
        if (started == null) {
            synchronized (this) {
                started = deployments;
                if (started == null) {
                    started = new Deployments(settings);
                    Deployments closing = started;
                    Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "polyfn-test-close"));
                    deployments = started;
                }
            }
        }
        return started;
    }

    @Override
    public void close() {
        if (deployments != null) {
            deployments.close();
        }
    }

    private static String miss(Scenario scenario, Answer answer) {
        boolean expectSuccess = scenario.status() >= 200 && scenario.status() < 300;
        if (scenario.isHttp() ? answer.status() != scenario.status()
                : expectSuccess != answer.isSuccess()
                        || !expectSuccess && answer.status() != 0 && answer.status() != scenario.status()) {
            return "answered " + AnswerComparison.cell(answer, scenario) + " " + abbreviated(answer.bodyText());
        }
        try {
            scenario.check().accept(answer);
            return null;
        }
        catch (AssertionError e) {
            return "check failed: " + e.getMessage().strip().replace("\n", " ");
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
