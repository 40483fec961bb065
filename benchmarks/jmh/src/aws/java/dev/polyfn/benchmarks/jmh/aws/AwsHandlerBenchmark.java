package dev.polyfn.benchmarks.jmh.aws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.polyfn.aws.PolyfnHandler;
import dev.polyfn.benchmarks.jmh.Events;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Polyfn's Lambda stream handler for one API Gateway REST (v1) event: decode the envelope, invoke, encode the proxy
 * response. The function is chosen as on Lambda, by {@code spring.cloud.function.definition}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AwsHandlerBenchmark {

    private PolyfnHandler handler;
    private byte[] event;
    private BenchContext context;

    @Setup
    public void setUp() {
        System.setProperty("spring.cloud.function.definition", "uppercase");
        handler = new PolyfnHandler();
        event = Events.bytes("/events/apigw-v1-uppercase.json");
        context = new BenchContext();
    }

    @Benchmark
    public byte[] awsStreamHandler() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.toByteArray();
    }
}
