package com.serviceledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RelievedOfPosition;
import com.serviceledger.kernel.organisation.StaffContactChanged;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.kernel.organisation.SupervisorAssigned;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitContactRegistered;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;

/** The directory and policy views after a realistic sequence, and the same after a replay. */
@QuerySideTest
class OrganisationViewTest {

    static final Instant JAN = Instant.parse("2026-01-05T01:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T01:00:00Z");

    private final ComplaintEventLog log;
    private final Api api;
    private final EventProcessingConfiguration processing;

    OrganisationViewTest(ComplaintEventLog log, Api api, EventProcessingConfiguration processing) {
        this.log = log;
        this.api = api;
        this.processing = processing;
    }

    @Test
    void directoryAndPolicyViewsFollowTheirEventsAndSurviveAReplay() {
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        PolicyTerms terms = new PolicyTerms("Asia/Shanghai", Set.of(), 92, ComplaintTerms.defaults());
        List<Object> subsidiary = List.of(new SubsidiaryRegistered(sub, "Tangshan Cement", "Asia/Shanghai", JAN),
                new DepartmentAdded(sub, "dept-sales", "Sales centre", DepartmentKind.BUSINESS, JAN),
                new PostAdded(sub, "weighbridge", "dept-sales", "Weighbridge", JAN));
        List<Object> member = List.of(
                new StaffHired(staff, "Wang Fang", sub, "dept-sales", "weighbridge", "sup-1", "lead-1", JAN),
                new SupervisorAssigned(staff, "sup-2", "lead-1", MAR),
                new StaffTransferred(staff, "dept-gate", "gate", MAR.plus(Duration.ofDays(10))),
                new StaffDeparted(staff, MAR.plus(Duration.ofDays(40))));
        publish("Subsidiary", sub, subsidiary);
        publish("StaffMember", staff, member);
        publish("SubsidiaryPolicy", "policy-" + sub, List.of(new PolicyPublished("policy-" + sub, sub, 1, terms, JAN),
                new PolicyPublished("policy-" + sub, sub, 2, terms, MAR)));

        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            assertThat(api.json("/api/organisation/staff/" + staff)).containsEntry("lastSequence", 3);
            assertThat(api.json("/api/organisation/subsidiaries/" + sub)).containsEntry("lastSequence", 2);
            assertThat(api.json("/api/policies/" + sub)).containsEntry("version", 2);
        });
        Map<String, Object> staffView = api.json("/api/organisation/staff/" + staff);
        assertThat(staffView).containsEntry("departmentId", "dept-gate").containsEntry("supervisorId", "sup-2")
                .containsEntry("groupLeaderId", "lead-1").containsEntry("active", false);
        assertThat((List<?>) staffView.get("history")).hasSize(3);
        Map<String, Object> subsidiaryView = api.json("/api/organisation/subsidiaries/" + sub);
        assertThat((List<?>) subsidiaryView.get("departments")).hasSize(1);
        assertThat((List<?>) subsidiaryView.get("posts")).hasSize(1);
        assertThat(api.json("/api/policies/" + sub)).containsEntry("versionName", sub + "/v2");
        api.get("/api/policies/never-published").expectStatus().isNotFound();

        List<Map<String, Object>> before = List.of(staffView, subsidiaryView, api.json("/api/policies/" + sub));
        StreamingEventProcessor processor = processing
                .eventProcessor(OrganisationProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> assertThat(List.of(
                api.json("/api/organisation/staff/" + staff), api.json("/api/organisation/subsidiaries/" + sub),
                api.json("/api/policies/" + sub))).isEqualTo(before));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffContactsPositionHoldersAndUnitContactsAreShownAsTheyStandNow() {
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String fresh = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        publish("StaffMember", staff, List.of(
                new StaffHired(staff, "Wang Fang", sub, "dept-sales", null, null, null, JAN),
                new StaffContactChanged(staff, "wang@example.com", Language.ZH_CN, JAN),
                new StaffContactChanged(staff, "fang.wang@example.com", Language.EN, MAR)));
        publish("StaffMember", fresh, List.of(new StaffHired(fresh, "Zhao Lei", sub, "dept-sales", null, null, null,
                JAN)));
        publish("Subsidiary", sub, List.of(new SubsidiaryRegistered(sub, "Tangshan Cement", "Asia/Shanghai", JAN),
                new DepartmentAdded(sub, "dept-sales", "Sales centre", DepartmentKind.BUSINESS, JAN),
                new PostAdded(sub, "site-1", "dept-sales", "Block 3", JAN),
                new AppointedToPosition(sub, UnitPosition.DEPARTMENT_HEAD, staff, "dept-sales", JAN),
                new AppointedToPosition(sub, UnitPosition.QUALITY_SUPERVISOR, staff, null, JAN),
                new AppointedToPosition(sub, UnitPosition.QUALITY_SUPERVISOR, fresh, null, MAR),
                new RelievedOfPosition(sub, UnitPosition.QUALITY_SUPERVISOR, staff, null, MAR),
                new UnitContactRegistered(sub, "site-1", "clean-co", UnitContactKind.CONTRACTOR, "Chen Jie",
                        "chen@clean.example", Language.ZH_CN, JAN),
                new UnitContactRegistered(sub, "site-1", null, UnitContactKind.OWNERS_COMMITTEE, "Owners of Block 3",
                        "owners@block3.example", Language.EN, JAN),
                new UnitContactRegistered(sub, "site-1", "clean-co", UnitContactKind.CONTRACTOR, "Sun Li",
                        "sun@clean.example", Language.ZH_CN, MAR)));

        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            assertThat(api.json("/api/organisation/staff/" + staff)).containsEntry("lastSequence", 2);
            assertThat(api.json("/api/organisation/staff/" + fresh)).containsEntry("lastSequence", 0);
            assertThat(api.json("/api/organisation/subsidiaries/" + sub)).containsEntry("lastSequence", 9);
        });
        assertThat(api.json("/api/organisation/staff/" + staff)).containsEntry("email", "fang.wang@example.com")
                .containsEntry("language", "en");
        assertThat(api.json("/api/organisation/staff/" + fresh)).containsEntry("language", "zh-CN")
                .doesNotContainKey("email");
        Map<String, Object> subsidiary = api.json("/api/organisation/subsidiaries/" + sub);
        assertThat((List<Object>) subsidiary.get("positions")).containsExactly(
                Map.of("position", "DEPARTMENT_HEAD", "departmentId", "dept-sales", "staffId", staff,
                        "since", JAN.toString()),
                Map.of("position", "QUALITY_SUPERVISOR", "staffId", fresh, "since", MAR.toString()));
        assertThat((List<Object>) subsidiary.get("unitContacts")).containsExactly(
                Map.of("siteId", "site-1", "kind", "OWNERS_COMMITTEE", "name", "Owners of Block 3",
                        "email", "owners@block3.example", "language", "en", "since", JAN.toString()),
                Map.of("siteId", "site-1", "contractorId", "clean-co", "kind", "CONTRACTOR", "name", "Sun Li",
                        "email", "sun@clean.example", "language", "zh-CN", "since", MAR.toString()));
    }

    private void publish(String type, String id, List<Object> events) {
        List<org.axonframework.eventhandling.EventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>(type, id, seq, events.get(seq)));
        }
        log.eventStore().publish(messages);
    }
}
