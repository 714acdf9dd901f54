package com.serviceledger.query.incident;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.view.ViewUnit;
import org.springframework.stereotype.Component;

/** The searches of the incident and plan views with their scope filters, for the API and the SLA board alike. */
@Component
class IncidentSearches {

    final ViewSearch<IncidentView> incidents;
    final ViewSearch<EmergencyPlanView> plans;

    IncidentSearches(ElasticsearchAsyncClient client, IncidentViews.Index index, IncidentViews.PlanIndex planIndex) {
        this.incidents = new ViewSearch<>(client, index, IncidentView.class, "declaredAt", "incidentId",
                ViewUnit.of("subsidiaryId", IncidentView::subsidiaryId, "departmentId", IncidentView::departmentId));
        // a plan is the subsidiary's: only a whole-subsidiary scope reads it
        this.plans = new ViewSearch<>(client, planIndex, EmergencyPlanView.class, "lastEventAt", "planId",
                ViewUnit.subsidiary("subsidiaryId", EmergencyPlanView::subsidiaryId));
    }
}
