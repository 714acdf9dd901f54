package com.serviceledger.query.metrics;

/** The bucket limit of one answer (periods × groups), checked once the groups are known. */
final class MetricLimits {

    private MetricLimits() {
    }

    static void check(MetricQuery query, int groups, MetricsProperties properties) {
        if ((long) groups * query.periods().size() > properties.maxBuckets()) {
            throw PeriodCounts.tooManyBuckets(query);
        }
    }
}
