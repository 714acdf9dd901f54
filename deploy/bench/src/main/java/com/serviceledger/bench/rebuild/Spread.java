package com.serviceledger.bench.rebuild;

import java.util.Arrays;
import java.util.List;

/**
 * One figure over repeated runs: the median (of an even count, the mean of the two middle values) and the
 * range, so a reader sees how much the machine's noise moved it.
 */
record Spread(double median, double min, double max, int runs) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    static Spread of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    /** "12,345 (12,000–13,100)" with the given decimals; a single run shows no range. */
    String describe(int decimals) {
        String format = "%,." + decimals + "f";
        String median = format.formatted(this.median);
        return runs == 1 ? median : median + " (" + format.formatted(min) + "–" + format.formatted(max) + ")";
    }
}
