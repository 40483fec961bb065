package dev.polyfn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.polyfn.core.internal.CracResource;
import dev.polyfn.core.internal.RequestIds;
import jakarta.validation.constraints.NotBlank;
import org.crac.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The snapshot hooks, called in the order a SnapStart or CRaC platform calls them: before the checkpoint the path
 * is warmed and the function called only when a priming body is set; after the restore request ids are fresh and
 * the first invocation counts as a cold start.
 */
class SnapshotHooksTest {

    /** Functions that record every call, so a test sees whether priming called them. */
    @Configuration(proxyBeanMethods = false)
    public static class CountedFunctions {
        static final List<String> CALLS = new CopyOnWriteArrayList<>();

        @Bean
        public Function<String, String> shout() {
            return s -> {
                CALLS.add("shout:" + s);
                return s.toUpperCase();
            };
        }

        @Bean
        public Function<Parcel, String> ship() {
            return parcel -> {
                CALLS.add("ship:" + parcel.to());
                return "shipped to " + parcel.to();
            };
        }
    }

    /** An input with a constraint, so warming builds its reader and its validator. */
    public record Parcel(@NotBlank String to) {
    }

    @BeforeEach
    void clear() {
        CountedFunctions.CALLS.clear();
    }

    private static PolyfnRuntime start(String definition, Map<String, Object> more) {
        Map<String, Object> settings = new java.util.HashMap<>(more);
        settings.put(PolyfnRuntime.CONFIGURATION_PROPERTY, CountedFunctions.class.getName());
        settings.put("spring.cloud.function.definition", definition);
        return PolyfnRuntime.start(settings);
    }

    private static PortableRequest text(String body) {
        return PortableRequest.http("POST", "/shout").contentType("text/plain").body(body).build();
    }

    @Test
    void warmingBeforeTheCheckpointNeverCallsTheFunction() {
        for (String definition : List.of("shout", "ship")) {
            try (PolyfnRuntime runtime = start(definition, Map.of())) {
                new SnapshotHooks(runtime, runtime.invoker()).beforeCheckpoint();

                assertThat(CountedFunctions.CALLS).as(definition).isEmpty();
            }
        }
        try (PolyfnRuntime runtime = start("ship", Map.of())) {
            new SnapshotHooks(runtime, runtime.invoker()).beforeCheckpoint();
            PortableResponse answer = runtime.invoker().invoke(PortableRequest.http("POST", "/ship")
                .contentType("application/json").body("{\"to\":\"Oslo\"}").build());

            assertThat(answer.bodyAsString()).isEqualTo("shipped to Oslo");
            assertThat(CountedFunctions.CALLS).containsExactly("ship:Oslo");
        }
    }

    @Test
    void aPrimingBodyRunsOnceThroughTheWholePathCallingTheFunction() {
        try (PolyfnRuntime runtime = start("shout", Map.of(SnapshotHooks.PRIMING_BODY, "warm up",
                SnapshotHooks.PRIMING_CONTENT_TYPE, "text/plain"))) {
            new SnapshotHooks(runtime, runtime.invoker()).beforeCheckpoint();

            assertThat(CountedFunctions.CALLS).containsExactly("shout:warm up");
        }
    }

    @Test
    void aRestoreGivesFreshRequestIdsForTheSameRandomState() {
        try (PolyfnRuntime runtime = start("shout", Map.of())) {
            SnapshotHooks hooks = new SnapshotHooks(runtime, runtime.invoker());
            // two copies restored from one snapshot draw the same values from the same thread-local state
            String beforeRestore = RequestIds.next(new SplittableRandom(42));
            hooks.afterRestore();
            String afterRestore = RequestIds.next(new SplittableRandom(42));
            hooks.afterRestore();
            String afterAnotherRestore = RequestIds.next(new SplittableRandom(42));

            assertThat(afterRestore).isNotEqualTo(beforeRestore).isNotEqualTo(afterAnotherRestore);
            assertThat(afterRestore).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void theFirstInvocationAfterARestoreCountsAsAColdStart() {
        try (PolyfnRuntime runtime = start("shout", Map.of(SnapshotHooks.PRIMING_BODY, "warm up",
                SnapshotHooks.PRIMING_CONTENT_TYPE, "text/plain"))) {
            List<Boolean> coldStarts = new ArrayList<>();
            runtime.functions().addListener((function, context, status, nanos, coldStart) -> coldStarts.add(coldStart));
            SnapshotHooks hooks = new SnapshotHooks(runtime, runtime.invoker());

            hooks.beforeCheckpoint();
            runtime.invoker().invoke(text("a"));
            hooks.afterRestore();
            runtime.invoker().invoke(text("b"));
            runtime.invoker().invoke(text("c"));

            assertThat(coldStarts).containsExactly(true, false, true, false);
        }
    }

    @Test
    void aSnapStartInitRegistersTheHooksWithOrgCracWhichCallsThemInOrder() throws Exception {
        try (PolyfnRuntime runtime = start("shout", Map.of())) {
            List<Boolean> coldStarts = new ArrayList<>();
            runtime.functions().addListener((function, context, status, nanos, coldStart) -> coldStarts.add(coldStart));
            runtime.invoker().invoke(text("before the snapshot"));
            Object registered = SnapshotHooks.register(runtime, runtime.invoker(),
                    Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")::get);

            assertThat(SnapshotHooks.register(runtime, runtime.invoker(), Map.of("AWS_LAMBDA_INITIALIZATION_TYPE",
                    "on-demand")::get)).as("no snapshot on an on-demand init: nothing registered").isNull();
            assertThat(registered).isInstanceOf(CracResource.class);
            Resource resource = (Resource) registered;
            resource.beforeCheckpoint(null);
            resource.afterRestore(null);
            runtime.invoker().invoke(text("after the restore"));

            assertThat(CountedFunctions.CALLS).containsExactly("shout:before the snapshot", "shout:after the restore");
            assertThat(coldStarts).containsExactly(true, true);
        }
    }

    @Test
    void aRuntimeServingSeveralEntryPointsMarksEachFunctionCold() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(PolyfnRuntime.CONFIGURATION_PROPERTY,
                CountedFunctions.class.getName()))) {
            List<String> coldStarts = new ArrayList<>();
            runtime.functions().addListener((function, context, status, nanos, coldStart) -> coldStarts.add(
                    function + "=" + coldStart));
            PortableRequest parcel = PortableRequest.http("POST", "/ship").contentType("application/json")
                .body("{\"to\":\"Oslo\"}").build();
            runtime.functions().invoke("shout", text("a"));
            runtime.functions().invoke("ship", parcel);
            SnapshotHooks hooks = new SnapshotHooks(runtime, null);
            hooks.beforeCheckpoint();
            hooks.afterRestore();
            runtime.functions().invoke("shout", text("b"));
            runtime.functions().invoke("ship", parcel);

            assertThat(coldStarts).containsExactly("shout=true", "ship=true", "shout=true", "ship=true");
        }
    }
}
