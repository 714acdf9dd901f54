package com.serviceledger.bench.load;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles and the median of repeated runs; pure, so unit-tested. */
final class Percentiles {

    private Percentiles() {
    }

    /** Nearest-rank percentile (the smallest value with at least {@code percent} % at or below it); NaN if empty. */
    static double of(Collection<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Median (mean of the middle two for an even count), min and max of a figure over runs. */
    static Spread spread(double... values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN);
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(round(median), round(sorted[0]), round(sorted[sorted.length - 1]));
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }

    record Spread(double median, double min, double max) {
    }
}
