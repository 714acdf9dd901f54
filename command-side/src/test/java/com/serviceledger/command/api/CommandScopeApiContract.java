package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.ScorecardId;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every command checks the user's scope (test users: {@code sub1-worker} has every case role in sub-1,
 * {@code dept-worker} in sub-1's dept-sales, {@code sub1-admin} administers sub-1, {@code tester} the group): a
 * new case outside it is refused naming the field, an existing one answers exactly as an unknown id and stays as
 * it was, and what relays send on their own is not checked. Run as a nested class of
 * {@link ScoringCommandApiOnH2Test}, in its context (a context paused for another test class does not start
 * again: Axon's processors stay stopped).
 */
abstract class CommandScopeApiContract {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String OUT_OF_SCOPE = "urn:serviceledger:problem:out-of-scope";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TestOrganisation organisation;

    WebTestClient.ResponseSpec post(String user, String uri, String body) {
        var request = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(PATIENCE)
                .build().post().uri(uri).headers(headers -> headers.setBasicAuth(user, user))
                .contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    String created(String user, String uri, String body, String idField) {
        return post(user, uri, body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get(idField).toString();
    }

    String complaint(String user, String subsidiary, String department) {
        return created(user, "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Invoice printed twice","demand":"Refund",
                 "target":{"subsidiaryId":"%s","departmentId":"%s"},"urgency":"NORMAL"}"""
                .formatted(subsidiary, department), "complaintId");
    }

    WebTestClient.ResponseSpec forward(String user, String complaintId, String department) {
        return post(user, "/api/complaints/" + complaintId + "/forward",
                "{\"departmentId\":\"%s\",\"departmentHeadId\":\"head-1\"}".formatted(department));
    }

    /** A 403 naming the field that points outside the scope. */
    static void outOfScope(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(OUT_OF_SCOPE)
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    /** The very answer an id nobody ever used gets. */
    static void noSuchCase(WebTestClient.ResponseSpec response, String id) {
        response.expectStatus().isNotFound().expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:not-found")
                .jsonPath("$.title").isEqualTo("No such case")
                .jsonPath("$.detail").isEqualTo("No case with id " + id);
    }

    List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    <T> T awaitEvent(String aggregateId, Class<T> type) {
        await().atMost(PATIENCE).until(() -> payloads(aggregateId).stream().anyMatch(type::isInstance));
        return payloads(aggregateId).stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void complaintsOfTheUsersSubsidiaryOnly() {
        String own = complaint("sub1-worker", "sub-1", "dept-billing");
        forward("sub1-worker", own, "dept-billing").expectStatus().isOk();

        outOfScope(post("sub1-worker", "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Late","demand":"Sorry","target":{"subsidiaryId":"sub-2"},"urgency":"NORMAL"}"""),
                "target.subsidiaryId");
        // the scope before the directory: outside it, nothing is told of the unit's departments
        outOfScope(post("sub1-worker", "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Late","demand":"Sorry","target":{"subsidiaryId":"sub-2","departmentId":"dept-nowhere"},
                 "urgency":"NORMAL"}"""), "target.subsidiaryId");

        String elsewhere = complaint("tester", "sub-2", "dept-billing");
        noSuchCase(forward("sub1-worker", elsewhere, "dept-billing"), elsewhere);
        String unknown = "CMP-never-" + UUID.randomUUID();
        noSuchCase(forward("sub1-worker", unknown, "dept-billing"), unknown);
        assertThat(payloads(elsewhere)).hasSize(1);

        post("nobody", "/api/complaints/" + own + "/archive", null).expectStatus().isForbidden();
    }

    @Test
    void aDepartmentsUserActsOnItsDepartmentsCasesOnly() {
        String sales = complaint("tester", "sub-1", "dept-sales");
        String billing = complaint("tester", "sub-1", "dept-billing");

        forward("dept-worker", sales, "dept-sales").expectStatus().isOk();
        noSuchCase(forward("dept-worker", billing, "dept-billing"), billing);
        assertThat(payloads(billing)).hasSize(1);
        // a case with no department yet is the whole subsidiary's
        outOfScope(post("dept-worker", "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Late","demand":"Sorry","target":{"subsidiaryId":"sub-1"},"urgency":"NORMAL"}"""),
                "target.subsidiaryId");
    }

    @Test
    void serviceRequestsAndTheirCustomersDisclosure() {
        String request = """
                {"channel":"ON_SITE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open a weighbridge account",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-sales"}}""";
        String own = created("sub1-worker", "/api/service-requests", request.formatted("sub-1"),
                "serviceRequestId");
        post("sub1-worker", "/api/service-requests/" + own + "/assign", "{\"assigneeId\":\"handler-3\"}")
                .expectStatus().isOk();
        outOfScope(post("sub1-worker", "/api/service-requests", request.formatted("sub-2")), "target.subsidiaryId");

        String elsewhere = created("tester", "/api/service-requests", request.formatted("sub-2"),
                "serviceRequestId");
        noSuchCase(post("sub1-worker", "/api/service-requests/" + elsewhere + "/assign", "{\"assigneeId\":\"handler-3\"}"),
                elsewhere);
        assertThat(payloads(elsewhere)).hasSize(1);

        String purpose = "{\"purpose\":\"call back about the account\"}";
        post("sub1-worker", "/api/service-requests/" + own + "/customer-disclosures", purpose).expectStatus().isOk();
        noSuchCase(post("sub1-worker", "/api/service-requests/" + elsewhere + "/customer-disclosures", purpose),
                elsewhere);
        String complaintElsewhere = complaint("tester", "sub-2", "dept-billing");
        noSuchCase(post("sub1-worker", "/api/complaints/" + complaintElsewhere + "/customer-disclosures", purpose),
                complaintElsewhere);
        assertThat(payloads(elsewhere)).hasSize(1);
        assertThat(payloads(complaintElsewhere)).hasSize(1);
    }

    @Test
    void inspectionsAndTheRectificationsTheRelayRaises() {
        String inspection = """
                {"kind":"DAILY","unit":{"subsidiaryId":"%s","siteId":"site-%s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"%s","role":"ASSISTANT"}],
                 "items":[{"standardCode":"stairs-dust-free","result":"FAIL","severity":"MINOR",
                  "note":"dust on stairs B","responsibleStaffId":"%s"}]}""";
        String site = UUID.randomUUID().toString().substring(0, 8);
        organisation.addPost("sub-1", "site-" + site);
        organisation.addPost("sub-2", "site-" + site);
        outOfScope(post("sub1-worker", "/api/inspections", inspectionIn(inspection, "sub-2", site)),
                "unit.subsidiaryId");

        // the relay raises the rectification without a user: unchecked
        String own = rectificationOf("sub1-worker", inspectionIn(inspection, "sub-1", site));
        String elsewhere = rectificationOf("tester", inspectionIn(inspection, "sub-2", site));
        String rectify = "{\"rectifiedBy\":\"cleaner-7\",\"note\":\"swept\"}";
        // an inspected site belongs to no department: only the whole subsidiary's users reach it
        noSuchCase(post("dept-worker", "/api/rectifications/" + own + "/rectify", rectify), own);
        post("sub1-worker", "/api/rectifications/" + own + "/rectify", rectify).expectStatus().isOk();
        noSuchCase(post("sub1-worker", "/api/rectifications/" + elsewhere + "/rectify", rectify), elsewhere);
        assertThat(payloads(elsewhere)).hasSize(1);
    }

    static String inspectionIn(String template, String subsidiary, String site) {
        return template.formatted(subsidiary, site, TestOrganisation.staffOf(subsidiary, "clerk-3"),
                TestOrganisation.staffOf(subsidiary, "cleaner-7"));
    }

    String rectificationOf(String user, String inspection) {
        Map<?, ?> answer = post(user, "/api/inspections", inspection).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = ((List<?>) answer.get("rectificationIds")).getFirst().toString();
        awaitEvent(id, RectificationRaised.class);
        return id;
    }

    @Test
    void staffAndTheirScorecards() {
        String staffBody = """
                {"staffId":"%s","name":"Wang Fang","subsidiaryId":"%s","departmentId":"dept-billing"}""";
        String own = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String elsewhere = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        outOfScope(post("sub1-admin", "/api/organisation/staff", staffBody.formatted(elsewhere, "sub-2")),
                "subsidiaryId");
        post("sub1-admin", "/api/organisation/staff", staffBody.formatted(own, "sub-1")).expectStatus().isCreated();
        post("tester", "/api/organisation/staff", staffBody.formatted(elsewhere, "sub-2")).expectStatus().isCreated();
        String transfer = "{\"departmentId\":\"dept-sales\"}";
        noSuchCase(post("sub1-admin", "/api/organisation/staff/" + elsewhere + "/transfer", transfer), elsewhere);

        // the scoring relay opens each one's scorecard on its own: unchecked
        String ownCard = scoredCard(own, "sub-1");
        String elsewhereCard = scoredCard(elsewhere, "sub-2");
        String month = ownCard.substring(ownCard.lastIndexOf(':') + 1);
        String close = "{\"staffId\":\"%s\",\"month\":\"" + month + "\"}";
        // in scope: past the check, to the month's own rule (it is not over yet)
        post("sub1-worker", "/api/scorecards/close", close.formatted(own)).expectStatus().isEqualTo(409);
        noSuchCase(post("dept-worker", "/api/scorecards/close", close.formatted(own)), ownCard);
        noSuchCase(post("sub1-worker", "/api/scorecards/close", close.formatted(elsewhere)), elsewhereCard);
    }

    /** A verified complaint about the staff member, scored by the relay: the scorecard's id. */
    String scoredCard(String staff, String subsidiary) {
        String id = created("tester", "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},"content":"Rude",
                 "demand":"Sorry","target":{"subsidiaryId":"%s","departmentId":"dept-billing","staffId":"%s"},
                 "urgency":"NORMAL"}"""
                .formatted(subsidiary, staff), "complaintId");
        String head = TestOrganisation.staffOf(subsidiary, "head-1");
        for (String[] step : new String[][] {
                {"forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"" + head + "\"}"},
                {"contact", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Apologise\"}"},
                {"handler", "{\"handlerId\":\"" + TestOrganisation.staffOf(subsidiary, "handler-3") + "\"}"},
                {"resolve", "{\"resolution\":\"Apologised\"}"},
                {"callback", "{\"satisfaction\":3,\"solutionAccepted\":true}"},
                {"verify", "{\"responsibleStaffId\":\"" + staff
                        + "\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Rude\"}"}}) {
            post("tester", "/api/complaints/" + id + "/" + step[0], step[1]).expectStatus().isOk();
        }
        ComplaintVerified verified = awaitEvent(id, ComplaintVerified.class);
        String card = ScorecardId.of(staff,
                YearMonth.from(verified.complaintReceivedAt().atZone(ZoneId.of("Asia/Shanghai"))));
        awaitEvent(card, ComplaintScored.class);
        return card;
    }

    @Test
    void policiesAndTheGroupWideVaultWork() {
        String policy = """
                {"timeZone":"Asia/Shanghai","satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                  "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}""";
        String other = "sub-scope-" + UUID.randomUUID().toString().substring(0, 6);
        outOfScope(post("sub1-admin", "/api/policies/" + other + "/versions", policy), "subsidiaryId");
        assertThat(payloads("policy-" + other)).isEmpty();

        outOfScope(post("sub1-admin", "/api/organisation/subsidiaries",
                "{\"subsidiaryId\":\"" + other + "\",\"name\":\"Other\",\"timeZone\":\"Asia/Shanghai\"}"),
                "subsidiaryId");
        // a customer's cases may lie anywhere: erasure and key rotation are the group's
        outOfScope(post("sub1-admin", "/api/admin/customer-erasures",
                "{\"customerId\":\"CUS-unknown\",\"reason\":\"asked to be forgotten\"}"), "customerId");
        post("sub1-admin", "/api/admin/privacy/key-rotations", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(OUT_OF_SCOPE);
    }

    /**
     * A field saying who acted is the logged-in staff member: left out it is filled in, naming another is refused
     * unless the role records for others (a head for their staff), and the event keeps both the actor and the
     * recorder (principal and staff id in its metadata).
     */
    @Test
    void whoActedIsTheLoggedInStaffMemberUnlessTheirRoleRecordsForOthers() {
        String id = complaint("tester", "sub-1", "dept-sales");
        forward("tester", id, "dept-sales").expectStatus().isOk();
        String contact = "/api/complaints/" + id + "/contact";
        int before = events(id).size();
        post("staff-handler", contact, "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}")
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:on-behalf-refused")
                .jsonPath("$.errors[0].field").isEqualTo("contactedBy");
        post("handler", contact, "{\"proposedSolution\":\"Refund\"}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contactedBy");
        assertThat(events(id)).as("nothing recorded by the refusals").hasSize(before);

        post("staff-handler", contact, "{\"proposedSolution\":\"Refund\"}").expectStatus().isOk();
        DomainEventMessage<?> contacted = events(id).getLast();
        assertThat(contacted.getPayload()).hasFieldOrPropertyWithValue("contactedBy", "handler-3");
        assertThat(contacted.getMetaData()).containsEntry("principal", "staff-handler")
                .containsEntry("staffId", "handler-3");

        String other = complaint("tester", "sub-1", "dept-sales");
        forward("tester", other, "dept-sales").expectStatus().isOk();
        post("staff-head", "/api/complaints/" + other + "/contact",
                "{\"contactedBy\":\"handler-3\",\"proposedSolution\":\"Refund\"}").expectStatus().isOk();
        DomainEventMessage<?> forHandler = events(other).getLast();
        assertThat(forHandler.getPayload()).hasFieldOrPropertyWithValue("contactedBy", "handler-3");
        assertThat(forHandler.getMetaData()).containsEntry("principal", "staff-head").containsEntry("staffId", "head-1");
    }

    List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
