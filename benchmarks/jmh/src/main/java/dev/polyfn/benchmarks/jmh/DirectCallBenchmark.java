package dev.polyfn.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.polyfn.examples.orders.OrdersFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The floor: the example's {@code uppercase} function called directly, {@code "hello polyfn"} -> {@code "HELLO POLYFN"}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DirectCallBenchmark {

    private Function<String, String> uppercase;

    @Setup
    public void setUp() {
        uppercase = new OrdersFunctions().uppercase();
    }

    @Benchmark
    public String direct() {
        return uppercase.apply(Events.TEXT);
    }
}
