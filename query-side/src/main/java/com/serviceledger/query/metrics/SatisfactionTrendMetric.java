package com.serviceledger.query.metrics;

import com.serviceledger.query.policy.SatisfactionTargetChoice;
import com.serviceledger.query.policy.SatisfactionTargets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Satisfaction trend (000 §5.2.1, 001 §5.2): per period the count of scores, the average score and CSAT
 * (share of 4 and 5), over every source: ratings ({@code sq-ratings}: phone follow-ups, online ratings,
 * questionnaires), customers' complaint callbacks (every callback of every resolution round, in the period it was
 * given) and service-request acceptance surveys. One search per index; the
 * sums and counts are added exactly here (never averages of averages). The bucket's numerator is the
 * number of satisfied scores, the denominator the number of scores, the value CSAT; the target beside it is
 * the subsidiary's own policy's in force at the period's end ({@link SatisfactionTargetChoice}).
 */
@Component
class SatisfactionTrendMetric {

    static final String NAME = "satisfaction-trend";
    static final String DEFINITION = "scores of 4 or 5 / all scores (CSAT) in the period, with average score and"
            + " count; over ratings, customers' complaint callbacks (every callback, in its own period) and acceptance"
            + " surveys";
    private static final String SCORES = "scores";
    /** Distinct score values a search may meet: scores are 1–5 (the commands refuse others); room to spare. */
    private static final int SCORE_VALUES = 10;
    private static final long SATISFIED_FROM = 4;
    /** The detail counting the service requests closed without survey: left out of the scores, reported apart. */
    static final String CLOSED_WITHOUT_SURVEY = "closedWithoutSurvey";

    private final PeriodCounts counts;
    private final MetricSources sources;
    private final MetricsProperties properties;
    private final SatisfactionTargets.Reader targets;

    SatisfactionTrendMetric(PeriodCounts counts, MetricSources sources, MetricsProperties properties,
                            SatisfactionTargets.Reader targets) {
        this.counts = counts;
        this.sources = sources;
        this.properties = properties;
        this.targets = targets;
    }

    Mono<MetricReport> report(MetricQuery query) {
        return report(query, false);
    }

    /**
     * @param applicableOnly leave out the sources the filters do not apply to (a staff member's report:
     *                       acceptance surveys name no staff) instead of refusing the request
     */
    Mono<MetricReport> report(MetricQuery query, boolean applicableOnly) {
        List<MetricSource> all = List.of(sources.ratings(), sources.complaintCallbacks(), sources.acceptanceSurveys());
        List<String> scoreFields = List.of("score", MetricSources.callbackScoreField(), "satisfaction");
        return Mono.defer(() -> {
            if (!applicableOnly) {
                query.requireSupport(NAME, all);
            }
            List<Mono<PeriodCounts.Counts>> searches = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                searches.add(all.get(i).supportsAll(query.dimensions()) ? count(all.get(i), query, scoreFields.get(i))
                        : Mono.just(PeriodCounts.Counts.none()));
            }
            // beside the scores: the requests closed without a survey, which have none to count
            MetricSource unsurveyed = sources.serviceRequestsClosedWithoutSurvey();
            searches.add(unsurveyed.supportsAll(query.dimensions())
                    ? counts.count(unsurveyed, query, Map.of()) : Mono.just(PeriodCounts.Counts.none()));
            return reactor.core.publisher.Flux.mergeSequential(searches).collectList();
        }).flatMap(each -> {
            Set<String> groups = new HashSet<>();
            each.forEach(c -> groups.addAll(c.byGroup().keySet()));
            if (query.groupBy() == null) {
                groups.add(null);
            }
            MetricLimits.check(query, groups.size(), properties);
            String filtered = query.filters().get(Dimension.SUBSIDIARY);
            boolean bySubsidiary = query.groupBy() == Dimension.SUBSIDIARY;
            Set<String> judged = bySubsidiary ? groups : filtered == null ? Set.of() : Set.of(filtered);
            return targets.of(judged).map(timeline -> tally(query, each, groups, new SatisfactionTargetChoice(
                    timeline, properties.targetCsatPercent() / 100.0, filtered, bySubsidiary)));
        });
    }

    private MetricReport tally(MetricQuery query, List<PeriodCounts.Counts> each, Set<String> groups,
                               SatisfactionTargetChoice targets) {
        MetricSeries series = MetricSeries.of(NAME, query, groups, (group, start) -> {
            long count = 0;
            long satisfied = 0;
            long scoreSum = 0;
            Map<String, Object> bySource = new LinkedHashMap<>();
            String[] names = {"ratings", "complaintCallbacks", "acceptanceSurveys"};
            for (int i = 0; i < names.length; i++) {
                long n = each.get(i).count(group, start, PeriodCounts.COUNT);
                bySource.put(names[i], n);
                count += n;
                satisfied += each.get(i).countAtLeast(group, start, SCORES, SATISFIED_FROM);
                scoreSum += each.get(i).sum(group, start, SCORES);
            }
            Double csat = MetricBucket.ratio(satisfied, count);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("count", count);
            details.put("averageScore", count == 0 ? null : (double) scoreSum / count);
            details.put("scoreSum", scoreSum);
            targets.judge(details, group, query.period().next(start), csat);
            details.put("bySource", bySource);
            details.put(CLOSED_WITHOUT_SURVEY, each.get(names.length).count(group, start, PeriodCounts.COUNT));
            return new MetricSeries.Tally(satisfied, count, details);
        });
        return MetricReport.of(NAME, DEFINITION, query, List.of(series), targets.reportDetails(query.to()));
    }

    /**
     * The scores counted per value: satisfied and the score sum follow from them exactly, and one terms
     * aggregation costs the node less than a filter and a sum beside each other under every group and month.
     */
    private Mono<PeriodCounts.Counts> count(MetricSource source, MetricQuery query, String scoreField) {
        return counts.count(source, query, Map.of(SCORES, Figure.valueCounts(scoreField, SCORE_VALUES)));
    }
}
