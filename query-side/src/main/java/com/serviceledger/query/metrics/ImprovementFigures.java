package com.serviceledger.query.metrics;

import com.serviceledger.query.improvement.ImprovementViewProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The improvement actions of a unit's or a staff member's (as owner) evaluation report: raised, done (and done on
 * time), gone overdue and found effective in the period, each by its own local date in the subsidiary's zone.
 */
@Component
class ImprovementFigures {

    static final String SECTION = "improvement-actions";

    private final PeriodCounts counts;
    private final MetricSource raised;
    private final MetricSource done;
    private final MetricSource overdue;
    private final MetricSource effective;

    ImprovementFigures(PeriodCounts counts, ImprovementViewProperties view) {
        this.counts = counts;
        this.raised = source(view, "raisedDate");
        this.done = source(view, "doneDate");
        this.overdue = source(view, "overdueDate");
        this.effective = source(view, "effectiveDate");
    }

    private static MetricSource source(ImprovementViewProperties view, String dateField) {
        return new MetricSource("improvement-actions", view.alias(), dateField, null, Map.of(
                Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.DEPARTMENT, List.of("departmentId"),
                Dimension.STAFF, List.of("ownerId")), List.of());
    }

    /** Whether the report's filters apply to actions (they have no post). */
    boolean supports(MetricQuery query) {
        return raised.supportsAll(query.dimensions());
    }

    Mono<List<ReportFigure>> report(MetricQuery query) {
        return Flux.mergeSequential(
                        count(raised, query, "raised"),
                        counts.count(done, query,
                                        Map.of("onTime", Figure.matching(MetricSources.term("doneOnTime", true))))
                                .flatMapMany(found -> Flux.just(
                                        new ReportFigure(SECTION, "done",
                                                found.count(null, query.from(), PeriodCounts.COUNT)),
                                        new ReportFigure(SECTION, "done on time",
                                                found.count(null, query.from(), "onTime")))),
                        count(overdue, query, "overdue"),
                        count(effective, query, "effective"))
                .collectList();
    }

    private Mono<ReportFigure> count(MetricSource source, MetricQuery query, String name) {
        return counts.count(source, query, Map.of())
                .map(found -> new ReportFigure(SECTION, name, found.count(null, query.from(), PeriodCounts.COUNT)));
    }
}
