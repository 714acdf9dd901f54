package com.serviceledger.query.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One metric's buckets (one kind of on-time completion, or the whole complaint rate), group by group,
 * period by period (oldest first); every period of the request appears for every group, zeros included.
 */
public record MetricSeries(String name, List<MetricBucket> buckets) {

    /** The figures of one group in one period, before the ratio and change are derived. */
    public record Tally(long numerator, long denominator, Map<String, Object> details) {
    }

    public interface Tallying {
        Tally tally(String group, LocalDate periodStart);
    }

    static MetricSeries of(String name, MetricQuery query, Set<String> groups, Tallying tallying) {
        return of(name, query.period(), query.fetchFrom(), query.periods(), groups, tallying);
    }

    /**
     * Assembles the buckets from each group's tallies: the ratio, and the change against the period before
     * ({@code fetchFrom} is the start of the one before the first reported).
     */
    public static MetricSeries of(String name, MetricPeriod period, LocalDate fetchFrom, List<LocalDate> periods,
                                  Set<String> groups, Tallying tallying) {
        List<MetricBucket> buckets = new ArrayList<>();
        for (String group : sorted(groups)) {
            Tally before = tallying.tally(group, fetchFrom);
            Double previous = MetricBucket.ratio(before.numerator(), before.denominator());
            for (LocalDate start : periods) {
                Tally tally = tallying.tally(group, start);
                Double value = MetricBucket.ratio(tally.numerator(), tally.denominator());
                buckets.add(new MetricBucket(period.key(start), start.toString(), group, tally.numerator(),
                        tally.denominator(), value, MetricBucket.Change.between(previous, value), tally.details()));
                previous = value;
            }
        }
        return new MetricSeries(name, buckets);
    }

    /** Groups in key order, documents without the grouped field last; without grouping the one null group. */
    private static List<String> sorted(Set<String> groups) {
        TreeSet<String> keys = new TreeSet<>(Comparator.naturalOrder());
        groups.stream().filter(g -> g != null).forEach(keys::add);
        List<String> ordered = new ArrayList<>(keys);
        if (groups.contains(null)) {
            ordered.add(null);
        }
        return ordered;
    }
}
