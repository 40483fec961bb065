/**
 * Polyfn's test kit ({@code dev.polyfn:polyfn-test}, test scope): write a {@link dev.polyfn.test.Scenario} once,
 * an HTTP call ({@link dev.polyfn.test.HttpCall}) or an event ({@link dev.polyfn.test.EventCall}) with the answer
 * you expect, and {@link dev.polyfn.test.PolyfnConformance} runs it on your functions through every
 * {@link dev.polyfn.test.Target} that can carry it, each through that target's real envelope code, in-process
 * (the local app over real HTTP). A scenario fails when a target misses the expectation or when two targets answer
 * differently, with the answers side by side.
 *
 * <pre>{@code
 * class HelloConformanceTest {
 *     static final PolyfnConformance KIT = PolyfnConformance.forApplication();
 *
 *     @TestFactory
 *     Stream<DynamicTest> greetAnswersTheSameEverywhere() {
 *         return KIT.tests(Scenario.of("greets", "greet", HttpCall.post("/greet").text("Ada")).expect(200));
 *     }
 * }
 * }</pre>
 */
package dev.polyfn.test;
