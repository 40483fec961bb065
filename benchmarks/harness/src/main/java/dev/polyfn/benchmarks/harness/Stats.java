package dev.polyfn.benchmarks.harness;

import java.util.Arrays;
import java.util.List;

/** Order statistics by nearest rank. {@code median([3, 1, 2])} -> {@code 2}; {@code p99} of 2000 samples is the 1980th. */
final class Stats {

    private Stats() {
    }

    static double median(List<? extends Number> values) {
        return percentile(values.stream().mapToDouble(Number::doubleValue).toArray(), 50);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
