package com.serviceledger.query.incident;

import static com.serviceledger.query.view.ViewSearch.noneOf;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.kernel.incident.IncidentStatus;
import com.serviceledger.query.view.OpenCase;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The open incidents (their report or review due) and the drills not yet recorded of the reader's scope, for the
 * console's SLA board: the views and scope filters {@code GET /api/incidents} and {@code GET /api/emergency-plans}
 * read, no copy of either.
 */
@Component
public class OpenIncidents {

    private final IncidentSearches searches;
    private final IncidentViews.Index index;
    private final IncidentViews.PlanIndex planIndex;

    OpenIncidents(IncidentSearches searches, IncidentViews.Index index, IncidentViews.PlanIndex planIndex) {
        this.searches = searches;
        this.index = index;
        this.planIndex = planIndex;
    }

    /** The views' aliases, whose changes the board listens to. */
    public List<String> aliases() {
        return List.of(index.alias(), planIndex.alias());
    }

    /**
     * @param subsidiary, department filters; null leaves one out (a drill is its subsidiary's: none is listed
     *                    for a department)
     */
    public Mono<List<OpenCase>> find(String subsidiary, String department, int size) {
        BoolQuery.Builder open = new BoolQuery.Builder();
        term(open, "subsidiaryId", subsidiary);
        term(open, "departmentId", department);
        noneOf(open, "status", List.of(IncidentStatus.REVIEWED));
        Mono<List<OpenCase>> incidents = searches.incidents.search(open, 0, size, SortOrder.Asc)
                .map(page -> page.items().stream().map(IncidentView::openCase).toList());
        if (department != null) {
            return incidents;
        }
        BoolQuery.Builder drilling = new BoolQuery.Builder();
        term(drilling, "subsidiaryId", subsidiary);
        drilling.filter(f -> f.range(r -> r.number(n -> n.field("openDrills").gt(0.0))));
        Mono<List<OpenCase>> drills = searches.plans.search(drilling, 0, size, SortOrder.Asc)
                .map(page -> page.items().stream().flatMap(plan -> plan.openDrills().stream()).toList());
        return Mono.zip(incidents, drills).map(both -> Stream.concat(both.getT1().stream(), both.getT2().stream())
                .toList());
    }
}
