package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
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
 * filtering by category is refused. Department-coordination complaints (002 第5篇 二.2) are handled and scored like
 * customers' but are no complaint of a customer about a service: neither in the rate nor in {@code received}, the
 * valid ones are reported beside it ({@code details.departmentComplaints}).
 */
@Component
class ComplaintRateMetric {

    static final String NAME = "complaint-rate";
    static final String DEFINITION = "valid (not dismissed) customer complaints received in the period / service"
            + " requests of every category received in the period; dismissed complaints and valid department"
            + " complaints reported beside it";
    private static final String DISMISSED = "dismissed";
    private static final String DEPARTMENT = "department";
    private static final String DEPARTMENT_DISMISSED = "departmentDismissed";

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
                    counts.count(sources.complaintsReceived(), query, FIGURES),
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
                Received received = Received.of(complaints, group, start);
                long served = interactions.count(group, start, PeriodCounts.COUNT);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("perThousand", served == 0 ? null : received.valid() * 1000.0 / served);
                details.put("dismissed", received.dismissed());
                details.put("received", received.customers());
                details.put("departmentComplaints", received.departmentValid());
                return new MetricSeries.Tally(received.valid(), served, details);
            });
            return MetricReport.of(NAME, DEFINITION, query, List.of(series), null);
        });
    }

    /** The figures counted beside the complaints received, for {@link Received}. */
    static final Map<String, Figure> FIGURES = Map.of(
            DISMISSED, Figure.matching(both(MetricSources.term("dismissed", true), MetricSources.fromCustomer())),
            DEPARTMENT, Figure.matching(MetricSources.fromDepartment()),
            DEPARTMENT_DISMISSED, Figure.matching(both(MetricSources.term("dismissed", true),
                    MetricSources.fromDepartment())));

    private static Query both(Query one, Query other) {
        return Query.of(q -> q.bool(b -> b.filter(one, other)));
    }

    /**
     * One group's and period's complaints received, counted with {@link #FIGURES}.
     *
     * @param customers       customers' complaints, dismissed ones included
     * @param dismissed       customers' complaints dismissed
     * @param departmentValid department complaints not dismissed
     */
    record Received(long customers, long dismissed, long departmentValid) {

        static Received of(PeriodCounts.Counts counts, String group, LocalDate start) {
            long department = counts.count(group, start, DEPARTMENT);
            return new Received(counts.count(group, start, PeriodCounts.COUNT) - department,
                    counts.count(group, start, DISMISSED), department - counts.count(group, start, DEPARTMENT_DISMISSED));
        }

        long valid() {
            return customers - dismissed;
        }
    }
}
