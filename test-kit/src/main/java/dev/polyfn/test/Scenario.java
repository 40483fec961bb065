package dev.polyfn.test;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One case, written once: the function it runs, the call (an {@link HttpCall} or an {@link EventCall}), the status
 * every target must answer, further checks of the answer, and the JSON fields whose values may differ from call to
 * call (generated ids), which the comparison between targets leaves out.
 *
 * <p>Example: {@code Scenario.of("accepts an order", "createOrder", HttpCall.post("/createOrder").json(order))
 * .expect(200).check(a -> assertThat(a.bodyText()).contains("ACCEPTED")).varying("orderId")}.
 *
 * @param name     what the case proves (the test's name)
 * @param function the bean a deployment runs for it ({@code spring.cloud.function.definition})
 * @param call     the request or event
 * @param status   the status expected on every target (for events: 2xx processed, otherwise failed)
 * @param check    further checks of each target's answer
 * @param varying  JSON field names whose values are not compared between targets
 * @param only     the targets it runs on; empty: every target that carries its call
 */
public record Scenario(String name, String function, Object call, int status, Consumer<Answer> check,
        Set<String> varying, Set<Target> only) {

    public Scenario {
        if (!(call instanceof HttpCall) && !(call instanceof EventCall)) {
            throw new IllegalArgumentException("A scenario's call is an HttpCall or an EventCall.");
        }
        check = check == null ? a -> { } : check;
        varying = Set.copyOf(varying);
        only = Set.copyOf(only);
    }

    /** A scenario expecting 200 until {@link #expect} says otherwise. */
    public static Scenario of(String name, String function, HttpCall call) {
        return new Scenario(name, function, call, 200, null, Set.of(), Set.of());
    }

    /** A scenario expecting the event to be processed until {@link #expect} says otherwise. */
    public static Scenario of(String name, String function, EventCall call) {
        return new Scenario(name, function, call, 202, null, Set.of(), Set.of());
    }

    public Scenario expect(int expectedStatus) {
        return new Scenario(name, function, call, expectedStatus, check, varying, only);
    }

    public Scenario check(Consumer<Answer> further) {
        Consumer<Answer> before = check;
        return new Scenario(name, function, call, status, before.andThen(further), varying, only);
    }

    public Scenario varying(String... jsonFields) {
        java.util.Set<String> all = new java.util.HashSet<>(varying);
        all.addAll(List.of(jsonFields));
        return new Scenario(name, function, call, status, check, all, only);
    }

    /** Runs it only on {@code targets} (say why in a comment where you use it). */
    public Scenario on(Target... targets) {
        return new Scenario(name, function, call, status, check, varying, Set.of(targets));
    }

    public boolean isHttp() {
        return call instanceof HttpCall;
    }

    /** True when this scenario runs on {@code target}. */
    public boolean runsOn(Target target) {
        boolean carried = isHttp() ? target.carriesHttp() : target.carries(((EventCall) call).kind());
        return carried && (only.isEmpty() || only.contains(target));
    }

    @Override
    public String toString() {
        return name;
    }
}
