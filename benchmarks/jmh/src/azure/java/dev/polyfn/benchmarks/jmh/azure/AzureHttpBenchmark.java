package dev.polyfn.benchmarks.jmh.azure;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.microsoft.azure.functions.HttpResponseMessage;
import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.benchmarks.jmh.Events;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Polyfn's Azure HTTP-trigger method body for one {@code POST text/plain} request to the Azure function
 * {@code uppercase}, with the worker's request and response types held in memory (no host).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AzureHttpBenchmark {

    private String body;
    private InMemoryExecutionContext context;

    @Setup
    public void setUp() {
        body = Events.TEXT;
        context = new InMemoryExecutionContext("uppercase");
    }

    @Benchmark
    public HttpResponseMessage azureHttpTrigger() {
        return PolyfnAzureHttp.handle(new InMemoryHttpRequestMessage("/api/uppercase", "text/plain", Optional.of(body)),
                context);
    }
}
