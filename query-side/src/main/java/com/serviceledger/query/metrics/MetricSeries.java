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
    record Tally(long numerator, long denominator, Map<String, Object> details) {
    }

    interface Tallying {
        Tally tally(String group, LocalDate periodStart);
    }

    static MetricSeries of(String name, MetricQuery query, Set<String> groups, Tallying tallying) {
        List<MetricBucket> buckets = new ArrayList<>();
        for (String group : sorted(groups)) {
            Tally before = tallying.tally(group, query.fetchFrom());
            Double previous = MetricBucket.ratio(before.numerator(), before.denominator());
            for (LocalDate start : query.periods()) {
                Tally tally = tallying.tally(group, start);
                Double value = MetricBucket.ratio(tally.numerator(), tally.denominator());
                buckets.add(new MetricBucket(query.period().key(start), start.toString(), group, tally.numerator(),
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
