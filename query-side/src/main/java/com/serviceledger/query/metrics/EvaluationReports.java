package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.complaint.SlaFields;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import com.serviceledger.query.organisation.OrganisationReaders;
import com.serviceledger.query.scoring.ScorecardViewProperties;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.web.QueryProblems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Evaluation reports for performance reviews (000 §5.3–5.4): for a unit (subsidiary, optionally one
 * department or post) or a staff member, in one month, quarter or year: the three metrics, SLA breaches
 * per target, inspection results, and scorecard totals with service stars and worst designations.
 * A staff member's figures are their complaints (complained-about or found responsible), their ratings,
 * their rectifications and their scorecards; service requests name no staff, so a staff report has no
 * complaint rate denominator and no acceptance surveys. Every figure keeps to the reader's scope: a unit outside it is
 * a 403 naming the parameter; a staff member outside it is unknown (a 404, as the directory answers), since whether
 * a person exists elsewhere in the group is not the reader's to learn.
 */
@Component
class EvaluationReports {

    private static final String METRICS = "metrics";

    private final ComplaintRateMetric complaintRate;
    private final OnTimeCompletionMetric onTimeCompletion;
    private final SatisfactionTrendMetric satisfactionTrend;
    private final PeriodCounts counts;
    private final MonthTotals totals;
    private final MetricSources sources;
    private final String inspectionsAlias;
    private final String scorecardsAlias;
    private final OrganisationReaders directory;
    private final ImprovementFigures improvements;
    private final EmergencyFigures emergencies;

    EvaluationReports(ComplaintRateMetric complaintRate, OnTimeCompletionMetric onTimeCompletion,
                      SatisfactionTrendMetric satisfactionTrend, PeriodCounts counts, MonthTotals totals,
                      MetricSources sources, InspectionViewsProperties inspections, ScorecardViewProperties scorecards,
                      OrganisationReaders directory, ImprovementFigures improvements,
                      EmergencyFigures emergencies) {
        this.complaintRate = complaintRate;
        this.onTimeCompletion = onTimeCompletion;
        this.satisfactionTrend = satisfactionTrend;
        this.counts = counts;
        this.totals = totals;
        this.sources = sources;
        this.inspectionsAlias = inspections.inspectionsAlias();
        this.scorecardsAlias = scorecards.alias();
        this.directory = directory;
        this.improvements = improvements;
        this.emergencies = emergencies;
    }

    Mono<EvaluationReport> unit(MetricPeriod period, LocalDate at, String subsidiaryId, String departmentId,
                                String postId) {
        return ReadScope.current().flatMap(scope -> {
            RequestedUnit.requireInScope(scope, "subsidiaryId", subsidiaryId, "departmentId", departmentId);
            return unit(period, at, subsidiaryId, departmentId, postId, scope);
        });
    }

    private Mono<EvaluationReport> unit(MetricPeriod period, LocalDate at, String subsidiaryId, String departmentId,
                                        String postId, Scope scope) {
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.SUBSIDIARY, subsidiaryId);
        if (departmentId != null) {
            filters.put(Dimension.DEPARTMENT, departmentId);
        }
        if (postId != null) {
            filters.put(Dimension.POST, postId);
        }
        MetricQuery query = query(period, at, filters, scope);
        List<String> notes = new ArrayList<>();
        if (!scope.covers(subsidiaryId, departmentId)) {
            notes.add("scope: only the departments of your scope are counted ("
                    + String.join(", ", new TreeSet<>(scope.subsidiaries().get(subsidiaryId))) + ")");
        }
        Map<String, String> inspectionTerms = new LinkedHashMap<>();
        inspectionTerms.put("subsidiaryId", subsidiaryId);
        if (postId != null) {
            inspectionTerms.put("siteId", postId);
        }
        Map<String, String> scorecardTerms = new LinkedHashMap<>();
        scorecardTerms.put("subsidiaryId", subsidiaryId);
        if (departmentId != null) {
            scorecardTerms.put("departmentId", departmentId);
        }
        List<Mono<List<ReportFigure>>> parts = new ArrayList<>();
        parts.add(complaintRate.report(query).map(EvaluationReports::complaintRateFigures));
        parts.add(onTime(query));
        parts.add(satisfactionTrend.report(query).map(EvaluationReports::satisfactionFigures));
        parts.add(breaches(query));
        parts.add(deadEnds(query));
        if (departmentId == null) {
            parts.add(inspections(query, inspectionTerms));
        } else {
            notes.add("inspections: inspected units are sites or posts, not departments");
        }
        if (postId == null) {
            parts.add(scorecards(query, scorecardTerms));
        } else {
            notes.add("scorecards: kept per staff member and department, not per post");
        }
        improvementActions(query, parts, notes);
        parts.add(emergencies.report(query, notes));
        return assemble("unit", subsidiaryId, query, filters, parts, notes);
    }

    /**
     * A reader of the whole group may ask for any staff id (also one the directory does not hold, or no longer);
     * any other reader for a staff member of the directory in their scope.
     */
    Mono<EvaluationReport> staff(MetricPeriod period, LocalDate at, String staffId) {
        return ReadScope.current().flatMap(scope -> scope.group() ? staff(period, at, staffId, scope)
                : directory.staff().byId(staffId)
                        .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("staff member", staffId)))
                        .flatMap(member -> staff(period, at, staffId, scope)));
    }

    private Mono<EvaluationReport> staff(MetricPeriod period, LocalDate at, String staffId, Scope scope) {
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.STAFF, staffId);
        MetricQuery query = query(period, at, filters, scope);
        List<String> notes = new ArrayList<>(List.of(
                "complaint-rate: service requests name no staff, so only the complaints are counted",
                "satisfaction: ratings and complaint callbacks about the staff member (acceptance surveys name no staff)",
                "inspections: per site or post; the staff member's rectifications are under on-time-completion"));
        List<Mono<List<ReportFigure>>> parts = new ArrayList<>();
        parts.add(counts.count(sources.complaintsReceived(), query, ComplaintRateMetric.FIGURES)
                .map(found -> {
                    var received = ComplaintRateMetric.Received.of(found, null, query.from());
                    return List.of(new ReportFigure(ComplaintRateMetric.NAME, "valid complaints", received.valid()),
                            new ReportFigure(ComplaintRateMetric.NAME, "dismissed complaints", received.dismissed()),
                            new ReportFigure(ComplaintRateMetric.NAME, "department complaints",
                                    received.departmentValid()));
                }));
        parts.add(onTime(query));
        parts.add(satisfactionTrend.report(query, true).map(EvaluationReports::satisfactionFigures));
        parts.add(breaches(query));
        parts.add(deadEnds(query));
        parts.add(scorecards(query, Map.of("staffId", staffId)));
        improvementActions(query, parts, notes);
        return assemble("staff", staffId, query, filters, parts, notes);
    }

    private static MetricQuery query(MetricPeriod period, LocalDate at, Map<Dimension, String> filters, Scope scope) {
        LocalDate start = period.start(at);
        return new MetricQuery(period, start, period.next(start), null, filters, scope);
    }

    private static Mono<EvaluationReport> assemble(String subject, String id, MetricQuery query,
                                                   Map<Dimension, String> filters,
                                                   List<Mono<List<ReportFigure>>> parts, List<String> notes) {
        Map<String, String> named = new LinkedHashMap<>();
        filters.forEach((dimension, value) -> named.put(dimension.parameter(), value));
        return Flux.mergeSequential(parts).collectList().map(sections -> {
            List<ReportFigure> figures = new ArrayList<>();
            sections.forEach(figures::addAll);
            return new EvaluationReport(subject, id, query.period().parameterValue(),
                    query.period().key(query.from()), query.from().toString(), query.to().toString(), named, figures,
                    notes);
        });
    }

    private static List<ReportFigure> complaintRateFigures(MetricReport report) {
        MetricBucket bucket = only(report.series(ComplaintRateMetric.NAME));
        String s = ComplaintRateMetric.NAME;
        return List.of(new ReportFigure(s, "valid complaints", bucket.numerator()),
                new ReportFigure(s, "service interactions", bucket.denominator()),
                new ReportFigure(s, "rate", bucket.value()),
                new ReportFigure(s, "per 1000 interactions", bucket.details().get("perThousand")),
                new ReportFigure(s, "dismissed complaints", bucket.details().get("dismissed")),
                new ReportFigure(s, "department complaints", bucket.details().get("departmentComplaints")),
                new ReportFigure(s, "previous rate", bucket.change().previousValue()),
                new ReportFigure(s, "change", bucket.change().delta()));
    }

    private Mono<List<ReportFigure>> onTime(MetricQuery query) {
        return onTimeCompletion.report(query, null).map(report -> {
            List<ReportFigure> figures = new ArrayList<>();
            String s = OnTimeCompletionMetric.NAME;
            for (MetricSeries series : report.series()) {
                MetricBucket bucket = only(series);
                figures.add(new ReportFigure(s, series.name() + " on time", bucket.numerator()));
                figures.add(new ReportFigure(s, series.name() + " settled", bucket.denominator()));
                figures.add(new ReportFigure(s, series.name() + " rate", bucket.value()));
                if (series.name().equals(CompletionKind.SERVICE_REQUEST.parameter())) {
                    figures.add(new ReportFigure(s, series.name() + " rate against original due time",
                            bucket.details().get("valueAgainstOriginal")));
                }
                if (series.name().equals(CompletionKind.RECTIFICATION.parameter())) {
                    figures.add(new ReportFigure("inspections", "rectifications on time", bucket.numerator()));
                    figures.add(new ReportFigure("inspections", "rectifications overdue or late",
                            bucket.details().get("late")));
                }
            }
            return figures;
        });
    }

    private static List<ReportFigure> satisfactionFigures(MetricReport report) {
        MetricBucket bucket = only(report.series(SatisfactionTrendMetric.NAME));
        String s = SatisfactionTrendMetric.NAME;
        return List.of(new ReportFigure(s, "scores", bucket.denominator()),
                new ReportFigure(s, "satisfied (4-5)", bucket.numerator()),
                new ReportFigure(s, "csat", bucket.value()),
                new ReportFigure(s, "average score", bucket.details().get("averageScore")),
                new ReportFigure(s, "target csat", bucket.details().get("targetCsat")),
                new ReportFigure(s, "meets target", bucket.details().get("meetsTarget")),
                new ReportFigure(s, "target source", bucket.details().get("targetSource")),
                new ReportFigure(s, "requests closed without survey (no score)",
                        bucket.details().get(SatisfactionTrendMetric.CLOSED_WITHOUT_SURVEY)));
    }

    /**
     * The ways out of a dead end, closed in the period: complaints closed unresolved (counted as not resolved on
     * time under on-time-completion too) and service requests closed without survey (service requests name no
     * staff, so a staff report has only the former).
     */
    private Mono<List<ReportFigure>> deadEnds(MetricQuery query) {
        List<Mono<ReportFigure>> figures = new ArrayList<>();
        figures.add(closedCount(sources.complaintsClosedUnresolved(), query, "complaints closed unresolved"));
        figures.add(closedCount(sources.serviceRequestsClosedWithoutSurvey(), query,
                "service requests closed without survey"));
        return Flux.mergeSequential(figures).collectList();
    }

    private Mono<ReportFigure> closedCount(MetricSource source, MetricQuery query, String name) {
        if (!source.supportsAll(query.dimensions())) {
            return Mono.empty();
        }
        return counts.count(source, query, Map.of())
                .map(found -> new ReportFigure("dead-ends", name, found.count(null, query.from(), PeriodCounts.COUNT)));
    }

    /**
     * Breaches settled in the period, per complaint SLA target (the items of {@link MetricSources#complaintTarget}:
     * callbacks per resolution round, dismissed complaints' breaches too), plus service-request deliveries.
     */
    private Mono<List<ReportFigure>> breaches(MetricQuery query) {
        List<Mono<ReportFigure>> figures = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            MetricSource source = sources.complaintTarget(target);
            if (source.supportsAll(query.dimensions())) {
                figures.add(breachCount(source, query, MetricSources.targetField(target, "breached"),
                        SlaFields.name(target)));
            }
        }
        MetricSource delivery = sources.serviceRequestDelivery();
        if (delivery.supportsAll(query.dimensions())) {
            figures.add(breachCount(delivery, query, "sla.delivery.breached", "service-request delivery"));
        }
        return Flux.mergeSequential(figures).collectList();
    }

    private Mono<ReportFigure> breachCount(MetricSource source, MetricQuery query, String field, String name) {
        return counts.count(source, query, Map.of("breached", Figure.matching(MetricSources.term(field, true))))
                .map(found -> new ReportFigure("sla-breaches", name, found.count(null, query.from(), "breached")));
    }

    /** Inspected units are sites: only a whole-subsidiary scope covers them. */
    private Mono<List<ReportFigure>> inspections(MetricQuery query, Map<String, String> terms) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("withFailures", Figure.matching(MetricSources.term("hasFailures", true)));
        figures.put("failedItems", Figure.sum("failedCount"));
        Query inScope = ReadScope.filter(query.scope(), "subsidiaryId", null);
        return totals.totals(inspectionsAlias, terms, inScope, YearMonth.from(query.from()), YearMonth.from(query.to()),
                        figures)
                .map(found -> List.of(
                        new ReportFigure("inspections", "inspections", Math.round(found.get(PeriodCounts.COUNT))),
                        new ReportFigure("inspections", "inspections with failures",
                                Math.round(found.get("withFailures"))),
                        new ReportFigure("inspections", "failed items", Math.round(found.get("failedItems")))));
    }

    private Mono<List<ReportFigure>> scorecards(MetricQuery query, Map<String, String> terms) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("totalPoints", Figure.sum("totalPoints"));
        figures.put("ownPoints", Figure.sum("ownPoints"));
        figures.put("jointPoints", Figure.sum("jointPoints"));
        figures.put("serviceStars", Figure.matching(MetricSources.term("serviceStar", true)));
        figures.put("worstService", Figure.matching(MetricSources.term("worstService", true)));
        figures.put("warned", Figure.matching(MetricSources.term("warned", true)));
        figures.put("corrected", Figure.matching(MetricSources.term("corrected", true)));
        Query inScope = ReadScope.filter(query.scope(), "subsidiaryId", "departmentId");
        return totals.totals(scorecardsAlias, terms, inScope, YearMonth.from(query.from()), YearMonth.from(query.to()),
                        figures)
                .map(found -> List.of(
                        new ReportFigure("scorecards", "scorecards", Math.round(found.get(PeriodCounts.COUNT))),
                        new ReportFigure("scorecards", "total points", Math.round(found.get("totalPoints"))),
                        new ReportFigure("scorecards", "own points", Math.round(found.get("ownPoints"))),
                        new ReportFigure("scorecards", "joint points", Math.round(found.get("jointPoints"))),
                        new ReportFigure("scorecards", "service stars", Math.round(found.get("serviceStars"))),
                        new ReportFigure("scorecards", "worst service designations",
                                Math.round(found.get("worstService"))),
                        new ReportFigure("scorecards", "criticism and education", Math.round(found.get("warned"))),
                        new ReportFigure("scorecards", "corrected after the close",
                                Math.round(found.get("corrected")))));
    }

    /** A staff member's are the actions they own; a post has none of its own. */
    private void improvementActions(MetricQuery query, List<Mono<List<ReportFigure>>> parts, List<String> notes) {
        if (improvements.supports(query)) {
            parts.add(improvements.report(query));
        } else {
            notes.add("improvement-actions: raised for a subsidiary or a department, not a post");
        }
    }

    private static MetricBucket only(MetricSeries series) {
        return series.buckets().getFirst();
    }
}
