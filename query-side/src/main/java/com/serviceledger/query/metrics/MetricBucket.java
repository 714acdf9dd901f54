package com.serviceledger.query.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One period of one group: {@code value = numerator ÷ denominator}, null when the denominator is 0, and
 * the change against the group's previous period.
 *
 * @param period      the period's key: 2026-03-31, 2026-W09, 2026-03, 2026-Q1 or 2026
 * @param periodStart the period's first local day
 * @param group       the group's key; null without grouping, or for documents lacking the grouped field
 * @param details     the metric's further figures (e.g. dismissed complaints, average score)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MetricBucket(String period, String periodStart, String group, long numerator, long denominator,
                           Double value, Change change, Map<String, Object> details) {

    /** The value of the same group's previous period and the difference (null if either value is null). */
    public record Change(Double previousValue, Double delta) {

        static Change between(Double previous, Double current) {
            return new Change(previous, previous == null || current == null ? null : current - previous);
        }
    }

    public static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
