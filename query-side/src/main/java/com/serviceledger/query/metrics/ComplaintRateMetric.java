package com.serviceledger.query.metrics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Complaint rate (服務投訴率, 000 §5.2): valid complaints (not dismissed) received in the period ÷ service
 * interactions, i.e. service requests of every category (information and consultation included) received
 * in the period, per unit. Also per 1,000 interactions. Dismissed complaints are reported beside the rate
 * ({@code details.dismissed}), never in it. Complaints carry no service category, so grouping or
 * filtering by category is refused.
 */
@Component
class ComplaintRateMetric {

    static final String NAME = "complaint-rate";
    static final String DEFINITION = "valid (not dismissed) complaints received in the period / service requests"
            + " of every category received in the period; dismissed complaints reported beside it";
    private static final String DISMISSED = "dismissed";

    private final PeriodCounts counts;
    private final MetricSources sources;
    private final MetricsProperties properties;

    ComplaintRateMetric(PeriodCounts counts, MetricSources sources, MetricsProperties properties) {
        this.counts = counts;
        this.sources = sources;
        this.properties = properties;
    }

    Mono<MetricReport> report(MetricQuery query) {
        return Mono.defer(() -> {
            query.requireSupport(NAME, List.of(sources.complaintsReceived(), sources.serviceRequestsReceived()));
            return Mono.zip(
                    counts.count(sources.complaintsReceived(), query,
                            Map.of(DISMISSED, Figure.matching(MetricSources.term("dismissed", true)))),
                    counts.count(sources.serviceRequestsReceived(), query, Map.of()));
        }).map(both -> {
            PeriodCounts.Counts complaints = both.getT1();
            PeriodCounts.Counts interactions = both.getT2();
            Set<String> groups = new HashSet<>(complaints.byGroup().keySet());
            groups.addAll(interactions.byGroup().keySet());
            if (query.groupBy() == null) {
                groups.add(null);
            }
            MetricLimits.check(query, groups.size(), properties);
            MetricSeries series = MetricSeries.of(NAME, query, groups, (group, start) -> {
                long received = complaints.count(group, start, PeriodCounts.COUNT);
                long dismissed = complaints.count(group, start, DISMISSED);
                long valid = received - dismissed;
                long served = interactions.count(group, start, PeriodCounts.COUNT);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("perThousand", served == 0 ? null : valid * 1000.0 / served);
                details.put("dismissed", dismissed);
                details.put("received", received);
                return new MetricSeries.Tally(valid, served, details);
            });
            return MetricReport.of(NAME, DEFINITION, query, List.of(series), null);
        });
    }
}
