package com.serviceledger.query.incident;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.term;
import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.text;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.IncidentStatus;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The incident view over HTTP: one incident by id, or a search by {@code subsidiary}, {@code department},
 * {@code status}, {@code kind}, {@code severity}, {@code complaint}, {@code from}/{@code to} (declared) and the page.
 * The scope filter of the view's unit applies to both.
 */
@RestController
class IncidentQueryController {

    private final ViewSearch<IncidentView> incidents;
    private final ViewSearch<EmergencyPlanView> plans;
    private final QueryApiProperties api;

    IncidentQueryController(IncidentSearches searches, QueryApiProperties api) {
        this.incidents = searches.incidents;
        this.plans = searches.plans;
        this.api = api;
    }

    /** A subsidiary's plan for one kind of emergency: its versions (the latest in force) and its drills. */
    @GetMapping("/api/emergency-plans/{subsidiaryId}/{kind}")
    Mono<EmergencyPlanView> plan(@PathVariable String subsidiaryId, @PathVariable String kind) {
        // a kind there is none of names no plan: unknown, as an unknown id
        return Mono.defer(() -> java.util.Arrays.stream(EmergencyKind.values()).anyMatch(k -> k.name().equals(kind))
                ? plans.byId(EmergencyPlanId.of(subsidiaryId, EmergencyKind.valueOf(kind)))
                : Mono.<EmergencyPlanView>empty())
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("emergency plan", subsidiaryId + "/" + kind)));
    }

    /** The plans by {@code subsidiary} and {@code kind}, and the page. */
    @GetMapping("/api/emergency-plans")
    Mono<ViewPage<EmergencyPlanView>> plans(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> {
            SearchWindow window = SearchWindow.parse(params, api);
            BoolQuery.Builder bool = new BoolQuery.Builder();
            term(bool, "subsidiaryId", text(params.getFirst("subsidiary")));
            term(bool, "kind", enumValue("kind", params.getFirst("kind"), EmergencyKind.class));
            return plans.search(bool, window.page(), window.size());
        });
    }

    @GetMapping("/api/incidents/{incidentId}")
    Mono<IncidentView> incident(@PathVariable String incidentId) {
        return incidents.byId(incidentId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("incident", incidentId)));
    }

    @GetMapping("/api/incidents")
    Mono<ViewPage<IncidentView>> search(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> {
            SearchWindow window = SearchWindow.parse(params, api);
            BoolQuery.Builder bool = new BoolQuery.Builder();
            term(bool, "subsidiaryId", text(params.getFirst("subsidiary")));
            term(bool, "departmentId", text(params.getFirst("department")));
            term(bool, "status", enumValue("status", params.getFirst("status"), IncidentStatus.class));
            term(bool, "kind", enumValue("kind", params.getFirst("kind"), EmergencyKind.class));
            term(bool, "severity", enumValue("severity", params.getFirst("severity"), IncidentSeverity.class));
            term(bool, "complaintId", text(params.getFirst("complaint")));
            between(bool, "declaredAt", window.from(), window.to());
            return incidents.search(bool, window.page(), window.size());
        });
    }
}
