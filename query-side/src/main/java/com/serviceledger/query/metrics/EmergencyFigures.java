package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.query.incident.IncidentViewProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The incidents and emergency drills of a unit's evaluation report (000 §8, 001 §7): incidents declared, reported
 * to the superiors on time and reviewed on time in the period (each by its own date), the ones declared in it and
 * still open; drills held and drills gone overdue, each by its own local date in the subsidiary's zone.
 */
@Component
class EmergencyFigures {

    static final String INCIDENTS = "incidents";
    static final String DRILLS = "emergency-drills";

    private final PeriodCounts counts;
    private final MetricSource declared;
    private final MetricSource reported;
    private final MetricSource reviewed;
    private final MetricSource held;
    private final MetricSource overdue;

    EmergencyFigures(PeriodCounts counts, IncidentViewProperties view) {
        this.counts = counts;
        this.declared = incidents(view, "declaredDate", List.of());
        this.reported = incidents(view, "reportedDate", List.of(MetricSources.term("reportOnTime", true)));
        this.reviewed = incidents(view, "reviewedDate", List.of(MetricSources.term("reviewOnTime", true)));
        // a plan is its subsidiary's: its drills are counted per subsidiary, each drill an element of its plan
        Map<Dimension, List<String>> subsidiary = Map.of(Dimension.SUBSIDIARY, List.of("subsidiaryId"));
        this.held = new MetricSource("emergency-drills.held", view.plansAlias(), "drills.recordedDate", null,
                subsidiary, List.of(), "drills", List.of());
        this.overdue = new MetricSource("emergency-drills.overdue", view.plansAlias(), "drills.dueDate", null,
                subsidiary, List.of(), "drills", List.of(MetricSources.term("drills.overdue", true)));
    }

    private static MetricSource incidents(IncidentViewProperties view, String dateField, List<Query> filters) {
        return new MetricSource("incidents." + dateField, view.alias(), dateField, null, Map.of(
                Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.DEPARTMENT, List.of("departmentId")),
                filters);
    }

    /** The figures the report's filters apply to (an incident has no post, a drill no department), and notes. */
    Mono<List<ReportFigure>> report(MetricQuery query, List<String> notes) {
        List<Mono<List<ReportFigure>>> parts = new ArrayList<>();
        if (declared.supportsAll(query.dimensions())) {
            Query open = Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("status").value("REVIEWED")))));
            parts.add(counts.count(declared, query, Map.of("open", Figure.matching(open))).map(found -> List.of(
                    new ReportFigure(INCIDENTS, "declared", found.count(null, query.from(), PeriodCounts.COUNT)),
                    new ReportFigure(INCIDENTS, "declared and still open", found.count(null, query.from(), "open")))));
            parts.add(count(reported, query, INCIDENTS, "reported on time"));
            parts.add(count(reviewed, query, INCIDENTS, "reviewed on time"));
        } else {
            notes.add("incidents: declared for a subsidiary or a department, not a post");
        }
        if (held.supportsAll(query.dimensions())) {
            parts.add(count(held, query, DRILLS, "held"));
            parts.add(count(overdue, query, DRILLS, "overdue"));
        } else {
            notes.add("emergency-drills: a plan and its drills are a subsidiary's");
        }
        return Flux.mergeSequential(parts).collectList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Mono<List<ReportFigure>> count(MetricSource source, MetricQuery query, String section, String name) {
        return counts.count(source, query, Map.of())
                .map(found -> List.of(new ReportFigure(section, name, found.count(null, query.from(),
                        PeriodCounts.COUNT))));
    }
}
