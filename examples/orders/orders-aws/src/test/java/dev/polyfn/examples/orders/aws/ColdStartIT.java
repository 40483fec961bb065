package dev.polyfn.examples.orders.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A first cold-start figure (opt-in: {@code -Dpolyfn.coldstart.runs=9}): time from starting the runtime client's
 * JVM to the first response, for orders-aws.jar running {@code uppercase} on an API Gateway v1 event versus
 * {@link PlainUppercaseHandler}. Runs are interleaved; medians go to target/e2e/cold-start.txt and the test output.
 */
@EnabledIf("enabled")
class ColdStartIT {

    static boolean enabled() {
        return runs() > 0;
    }

    private static int runs() {
        try {
            return Integer.parseInt(System.getProperty("polyfn.coldstart.runs", "0"));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    @Test
    void polyfnVersusPlainJava() throws IOException {
        String plainClasspath = LambdaProcess.required("test.classes") + File.pathSeparator
                + LambdaProcess.required("events.classpath") + File.pathSeparator + LambdaProcess.required("ric.classpath");
        List<Long> polyfn = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < runs(); i++) {
            polyfn.add(coldStartMillis(LambdaProcess.POLYFN_HANDLER, LambdaProcess.ordersAwsClasspath(), "uppercase"));
            plain.add(coldStartMillis(PlainUppercaseHandler.class.getName() + "::handleRequest", plainClasspath, null));
        }
        long polyfnMedian = median(polyfn);
        long plainMedian = median(plain);
        String report = String.format(Locale.ROOT,
                "cold start to first response, API Gateway v1 uppercase, %d interleaved runs, java %s%n"
                + "polyfn (orders-aws.jar): median %d ms %s%nplain RequestHandler:    median %d ms %s%nratio %.2f%n",
                runs(), System.getProperty("java.version"), polyfnMedian, polyfn, plainMedian, plain,
                (double) polyfnMedian / plainMedian);
        Files.writeString(Path.of(LambdaProcess.required("e2e.work"), "cold-start.txt"), report);
        System.out.print(report);
    }

    private static long coldStartMillis(String handler, String classpath, String definition) {
        try (RuntimeApiEmulator emulator = new RuntimeApiEmulator()) {
            var answer = emulator.invoke(LambdaUnderTest.fixture("apigw-v1-uppercase.json"));
            long start = System.nanoTime();
            try (LambdaProcess process = LambdaProcess.start("coldstart", handler, classpath, definition, emulator)) {
                RuntimeApiEmulator.Answer response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(LambdaUnderTest.json(response).path("body").asString()).as(response.kind() + " " + response.text() + "\n" + process.log()).isEqualTo("HELLO POLYFN");
                return millis;
            }
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
