package dev.polyfn.benchmarks.jmh.gcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.polyfn.benchmarks.jmh.Events;
import dev.polyfn.gcp.PolyfnHttpFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Polyfn's Cloud Functions {@code HttpFunction} for one {@code POST text/plain} request, in memory (no server). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GcpHttpFunctionBenchmark {

    private PolyfnHttpFunction function;
    private byte[] body;

    @Setup
    public void setUp() {
        System.setProperty("spring.cloud.function.definition", "uppercase");
        function = new PolyfnHttpFunction();
        body = Events.TEXT.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] gcpHttpFunction() throws IOException {
        InMemoryHttpResponse response = new InMemoryHttpResponse();
        function.service(new InMemoryHttpRequest("POST", "/", "text/plain", body), response);
        return response.body();
    }
}
