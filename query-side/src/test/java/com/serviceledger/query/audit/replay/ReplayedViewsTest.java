package com.serviceledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.ComplaintRaisedToIncident;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The offline fold routes each event to the views its projections write, documents keyed as the views key them. */
class ReplayedViewsTest {

    private static final ObjectMapper AXON = SerializerConfiguration.axonObjectMapper();
    private static final Instant JAN = Instant.parse("2026-01-05T00:00:00Z");
    private long global;

    @Test
    void every_published_policy_version_is_its_policys_and_one_satisfaction_target_each() {
        ReplayedViews views = new ReplayedViews();
        PolicyTerms terms = new PolicyTerms("Asia/Shanghai", Set.of(), 92, ComplaintTerms.defaults());
        views.fold(event("SubsidiaryPolicy", "policy-s1", 0, new PolicyPublished("policy-s1", "s1", 1, terms, JAN)));
        views.fold(event("SubsidiaryPolicy", "policy-s1", 1, new PolicyPublished("policy-s1", "s1", 2,
                new PolicyTerms("Asia/Shanghai", Set.of(), 95, ComplaintTerms.defaults()), JAN.plusSeconds(60))));

        assertThat(views.problems()).isEmpty();
        assertThat(views.of(ReplayedViews.Kind.POLICY)).containsOnlyKeys("s1");
        assertThat(views.of(ReplayedViews.Kind.SATISFACTION_TARGET)).containsOnlyKeys("s1/v1", "s1/v2");
        JsonNode second = ReplayedViews.documentMapper().valueToTree(
                views.of(ReplayedViews.Kind.SATISFACTION_TARGET).get("s1/v2"));
        assertThat(second.path("targetPercent").asInt()).isEqualTo(95);
        assertThat(second.path("lastSequence").asLong()).as("the policy stream's sequence").isEqualTo(1);
    }

    /** The link lives in the complaint's stream: it makes no incident document of the complaint's id. */
    @Test
    void a_complaint_raised_to_an_incident_is_folded_with_the_complaint_and_the_incident_keeps_its_own_stream() {
        ReplayedViews views = new ReplayedViews();
        OrgUnit unit = new OrgUnit("s1", "d1");
        views.fold(event("Complaint", "CMP-1", 3, new ComplaintRaisedToIncident("CMP-1", "INC-1",
                IncidentSeverity.MAJOR, unit, JAN)));
        views.fold(event("Incident", "INC-1", 0, new IncidentDeclared("INC-1", unit, EmergencyKind.MAJOR_COMPLAINT,
                IncidentSeverity.MAJOR, "Raised from a complaint", "CMP-1", JAN, JAN.plusSeconds(7200), "s1/v1", "UTC")));

        assertThat(views.problems()).isEmpty();
        assertThat(views.of(ReplayedViews.Kind.INCIDENT)).containsOnlyKeys("INC-1");
        assertThat(ReplayedViews.documentMapper().valueToTree(views.of(ReplayedViews.Kind.INCIDENT).get("INC-1"))
                .path("complaintId").asText()).isEqualTo("CMP-1");
        assertThat(ReplayedViews.kindsOf(ComplaintRaisedToIncident.class.getName(), "Complaint"))
                .containsExactly(ReplayedViews.Kind.COMPLAINT);
        assertThat(views.find("CMP-1")).as("the complaint's view passes over it, as its projection does").isNull();
    }

    private ExportedEvent event(String aggregateType, String aggregateId, long sequence, Object payload) {
        global++;
        return new ExportedEvent(global, "e" + global, aggregateType, aggregateId, sequence,
                JAN.plusSeconds(global).toString(), payload.getClass().getName(), "1", AXON.valueToTree(payload),
                null);
    }
}
