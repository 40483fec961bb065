package dev.polyfn.benchmarks.jmh;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.internal.Deadline;
import dev.polyfn.core.internal.DeadlineRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What running the call on an invocation thread costs: {@code DeadlineRunner.call} (hand-off to an invocation
 * thread, the caller waiting until the deadline) against calling the same {@code Callable} on the caller's thread.
 * {@code handOff8} runs eight callers at once, as under {@code AWS_LAMBDA_MAX_CONCURRENCY=8}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineHandOffBenchmark {

    private final Callable<Object> work = () -> Events.TEXT.toUpperCase();
    private PolyfnProperties properties;
    private InvocationContext context;

    @Setup
    public void setUp() {
        properties = PolyfnProperties.defaults();
        context = InvocationContext.local();
    }

    @Benchmark
    public Object sameThread() throws Exception {
        Deadline.of(properties, context);
        return work.call();
    }

    @Benchmark
    public Object handOff() {
        return DeadlineRunner.call(work, Deadline.of(properties, context));
    }

    @Benchmark
    @Threads(8)
    public Object handOff8() {
        return DeadlineRunner.call(work, Deadline.of(properties, context));
    }
}
