package dev.polyfn.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The shared core every adapter calls: header policy, conversion, the call, the portable response. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoreInvokerBenchmark {

    private PolyfnRuntime runtime;
    private PolyfnInvoker invoker;
    private byte[] body;

    @Setup
    public void setUp() {
        runtime = PolyfnRuntime.start(Map.of("spring.cloud.function.definition", "uppercase"));
        invoker = runtime.invoker();
        body = Events.TEXT.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public PortableResponse coreInvoker() {
        return invoker.invoke(PortableRequest.http("POST", "/uppercase").contentType("text/plain").body(body).build());
    }

    @TearDown
    public void tearDown() {
        runtime.close();
    }
}
