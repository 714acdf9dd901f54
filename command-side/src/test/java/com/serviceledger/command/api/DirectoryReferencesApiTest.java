package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.StaffContact;
import com.serviceledger.kernel.organisation.UnitContact;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitPosition;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The directory is the source of truth: a command naming a subsidiary, department, post or staff member it does
 * not know is a 422 naming the field, and stores nothing; staff who have left are given no new work.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:directory-api;DB_CLOSE_DELAY=-1",
                "spring.application.name=command-side-directory-test"})
class DirectoryReferencesApiTest {

    static final String RECEIVE = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
             "content":"Invoice printed twice","demand":"Refund","target":%s,"urgency":"NORMAL"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    Directory directory;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    WebTestClient.ResponseSpec post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    long complaintsReceived() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%ComplaintReceived'",
                Long.class);
    }

    void refused(WebTestClient.ResponseSpec response, String field, String message) {
        response.expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rule-violation")
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains(message));
    }

    String received(String target) {
        return post("/api/complaints", RECEIVE.formatted(target)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    String forwarded() {
        String id = received("{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-billing\"}");
        post("/api/complaints/" + id + "/forward",
                "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}").expectStatus().isOk();
        post("/api/complaints/" + id + "/contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}")
                .expectStatus().isOk();
        return id;
    }

    @Test
    void aComplaintAgainstASubsidiaryTheDirectoryDoesNotKnowIsA422NamingTheTargetAndNothingIsStored() {
        long before = complaintsReceived();
        refused(post("/api/complaints", RECEIVE.formatted("{\"subsidiaryId\":\"no-such-sub\"}")),
                "target.subsidiaryId", "subsidiary no-such-sub is unknown to the directory");
        assertThat(complaintsReceived()).isEqualTo(before);
    }

    @Test
    void anUnknownDepartmentOrPostOrAPostOfAnotherDepartmentIsA422NamingIt() {
        long before = complaintsReceived();
        refused(post("/api/complaints", RECEIVE.formatted("{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-x\"}")),
                "target.departmentId", "subsidiary sub-1 has no department dept-x");
        refused(post("/api/complaints", RECEIVE.formatted("{\"subsidiaryId\":\"sub-1\",\"postId\":\"post-x\"}")),
                "target.postId", "subsidiary sub-1 has no post post-x");
        refused(post("/api/complaints", RECEIVE.formatted(
                        "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-billing\",\"postId\":\"weighbridge\"}")),
                "target.postId", "post weighbridge belongs to department dept-sales, not dept-billing");
        refused(post("/api/complaints", RECEIVE.formatted("{\"subsidiaryId\":\"sub-1\",\"staffId\":\"nobody-7\"}")),
                "target.staffId", "staff member nobody-7 is unknown to the directory");
        assertThat(complaintsReceived()).isEqualTo(before);
    }

    @Test
    void aComplaintAgainstAUnitTheDirectoryKnowsIsReceived() {
        received("{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-sales\",\"postId\":\"weighbridge\","
                + "\"staffId\":\"staff-9\"}");
    }

    @Test
    void aForwardToAnUnknownDepartmentHeadOrOneOfAnotherSubsidiaryIsA422() {
        String id = received("{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-billing\"}");
        refused(post("/api/complaints/" + id + "/forward",
                        "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-nobody\"}"),
                "departmentHeadId", "staff member head-nobody is unknown to the directory");
        String elsewhere = TestOrganisation.staffOf("sub-fast", "head-1");
        refused(post("/api/complaints/" + id + "/forward",
                        "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"" + elsewhere + "\"}"),
                "departmentHeadId", "works for sub-fast, not sub-1");
        refused(post("/api/complaints/" + id + "/forward",
                        "{\"departmentId\":\"dept-x\",\"departmentHeadId\":\"head-1\"}"),
                "departmentId", "subsidiary sub-1 has no department dept-x");
    }

    @Test
    void aHandlerWhoHasLeftCannotBeGivenTheComplaint() {
        String leaver = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.hire("sub-1", leaver, "head-1", null);
        post("/api/organisation/staff/" + leaver + "/departure", "{}").expectStatus().isOk();
        String id = forwarded();

        refused(post("/api/complaints/" + id + "/handler", "{\"handlerId\":\"" + leaver + "\"}"), "handlerId",
                "has left");
        post("/api/complaints/" + id + "/handler", "{\"handlerId\":\"handler-3\"}").expectStatus().isOk();
    }

    @Test
    void aVerificationNamingAStaffMemberTheDirectoryDoesNotKnowIsA422() {
        String id = forwarded();
        post("/api/complaints/" + id + "/handler", "{\"handlerId\":\"handler-3\"}").expectStatus().isOk();
        post("/api/complaints/" + id + "/resolve", "{\"resolution\":\"Refunded\"}").expectStatus().isOk();
        post("/api/complaints/" + id + "/callback", "{\"satisfaction\":4,\"solutionAccepted\":true}")
                .expectStatus().isOk();

        refused(post("/api/complaints/" + id + "/verify",
                        "{\"responsibleStaffId\":\"temp-7\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Rude\"}"),
                "responsibleStaffId", "staff member temp-7 is unknown to the directory");
        post("/api/complaints/" + id + "/verify",
                "{\"responsibleStaffId\":\"staff-9\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Rude\"}")
                .expectStatus().isOk();
    }

    @Test
    void aServiceStarTheDirectoryDoesNotKnowIsA422() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        refused(post("/api/scorecards/stars", "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-billing\","
                        + "\"month\":\"" + month + "\",\"staffId\":\"star-nobody\"}"),
                "staffId", "staff member star-nobody is unknown to the directory");
        refused(post("/api/scorecards/stars", "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-x\","
                        + "\"month\":\"" + month + "\",\"staffId\":\"staff-1\"}"),
                "departmentId", "subsidiary sub-1 has no department dept-x");
    }

    @Test
    void aServiceRequestsAssigneeAndOwnerMustBeTheDirectorysStaff() {
        String id = post("/api/service-requests", """
                {"channel":"ON_SITE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open a weighbridge account",
                 "target":{"subsidiaryId":"sub-1","departmentId":"dept-sales","postId":"weighbridge"}}""")
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("serviceRequestId").toString();
        refused(post("/api/service-requests/" + id + "/assign", "{\"assigneeId\":\"agent-nobody\"}"), "assigneeId",
                "unknown to the directory");
        post("/api/service-requests/" + id + "/assign", "{\"assigneeId\":\"agent-7\"}").expectStatus().isOk();
    }

    @Test
    void anInspectionAtASiteOrByAnInspectorTheDirectoryDoesNotKnowIsA422() {
        String inspection = """
                {"kind":"DAILY","unit":{"subsidiaryId":"sub-1","siteId":"%s"},
                 "inspectors":[{"inspectorId":"%s","role":"ASSISTANT"}],
                 "items":[{"standardCode":"floor-clean","result":"PASS"}]}""";
        refused(post("/api/inspections", inspection.formatted("site-nowhere", "staff-assistant")), "unit.siteId",
                "subsidiary sub-1 has no post site-nowhere");
        refused(post("/api/inspections", inspection.formatted("gate", "insp-nobody")), "inspectors[0].inspectorId",
                "unknown to the directory");
    }

    @Test
    void aRatingOfAUnitTheDirectoryDoesNotKnowIsA422() {
        refused(post("/api/ratings", """
                {"source":"ONLINE_RATING","unit":{"subsidiaryId":"no-such-sub"},"score":4}"""),
                "unit.subsidiaryId", "subsidiary no-such-sub is unknown to the directory");
    }

    void badInput(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    String freshStaff() {
        String staffId = "pos-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.hire("sub-1", staffId, null, null);
        return staffId;
    }

    @Test
    void anAppointmentNamesStaffOfTheSubsidiaryAndOneOfItsDepartments() {
        String positions = "/api/organisation/subsidiaries/sub-1/positions";
        String elsewhere = TestOrganisation.staffOf("sub-fast", "head-1");
        refused(post(positions, "{\"position\":\"QUALITY_SUPERVISOR\",\"staffId\":\"" + elsewhere + "\"}"),
                "staffId", "works for sub-fast, not sub-1");
        refused(post(positions, "{\"position\":\"MANAGER\",\"staffId\":\"nobody-7\"}"), "staffId",
                "unknown to the directory");
        refused(post(positions, "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"head-1\",\"departmentId\":\"dept-x\"}"),
                "departmentId", "subsidiary sub-1 has no department dept-x");
        refused(post(positions, "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"head-1\"}"), "departmentId",
                "held for a department");
        badInput(post(positions, "{\"position\":\"CHAIRMAN\",\"staffId\":\"head-1\"}"), "position");
        badInput(post(positions, "{\"position\":\"MANAGER\"}"), "staffId");
    }

    @Test
    void anAppointedHeadIsTheDepartmentsHeadUntilRelieved() {
        String head = freshStaff();
        String body = "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"" + head + "\",\"departmentId\":\"dept-logistics\"}";
        post("/api/organisation/subsidiaries/sub-1/positions", body).expectStatus().isOk();
        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-logistics", Instant.now()))
                .contains(head);
        post("/api/organisation/subsidiaries/sub-1/positions", body).expectStatus().isEqualTo(409);

        post("/api/organisation/subsidiaries/sub-1/positions/relief", body).expectStatus().isOk();
        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-logistics", Instant.now()))
                .doesNotContain(head);
        refused(post("/api/organisation/subsidiaries/sub-1/positions/relief", body), "staffId", "does not hold");
    }

    @Test
    void aStaffMembersContactChannelsAreValidatedAndRecorded() {
        String staff = freshStaff();
        String contact = "/api/organisation/staff/" + staff + "/contact";
        badInput(post(contact, "{\"email\":\"not an address\"}"), "email");
        badInput(post(contact, "{\"email\":\"wang@example.com\\nBcc: all@example.com\"}"), "email");
        badInput(post(contact, "{\"email\":\"" + "w".repeat(250) + "@example.com\"}"), "email");
        badInput(post(contact, "{\"language\":\"de\"}"), "language");
        post(contact, "{}").expectStatus().isBadRequest();
        post(contact, "{\"email\":\"wang@example.com\",\"language\":\"en\"}").expectStatus().isOk();
        assertThat(directory.contactOf(staff, Instant.now()))
                .contains(new StaffContact(staff, "wang@example.com", Language.EN));

        String hired = "hired-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/organisation/staff", "{\"staffId\":\"" + hired + "\",\"name\":\"Zhao Lei\",\"subsidiaryId\":\"sub-1\","
                + "\"departmentId\":\"dept-sales\",\"email\":\"zhao@example.com\"}").expectStatus().isCreated();
        assertThat(directory.contactOf(hired, Instant.now()))
                .contains(new StaffContact(hired, "zhao@example.com", Language.ZH_CN));
    }

    @Test
    void aUnitContactIsRegisteredForASiteOfTheSubsidiaryAndReplacesTheOneBefore() {
        String contacts = "/api/organisation/subsidiaries/sub-1/unit-contacts";
        String contractor = "clean-" + UUID.randomUUID().toString().substring(0, 8);
        refused(post(contacts, "{\"siteId\":\"site-nowhere\",\"contractorId\":\"" + contractor + "\","
                + "\"kind\":\"CONTRACTOR\",\"name\":\"Chen Jie\",\"email\":\"chen@clean.example\"}"), "siteId",
                "subsidiary sub-1 has no post site-nowhere");
        refused(post(contacts, "{\"siteId\":\"weighbridge\",\"kind\":\"CONTRACTOR\",\"name\":\"Chen Jie\","
                + "\"email\":\"chen@clean.example\"}"), "contractorId", "names the contractor");
        badInput(post(contacts, "{\"siteId\":\"weighbridge\",\"contractorId\":\"a:b\",\"kind\":\"CONTRACTOR\","
                + "\"name\":\"Chen Jie\",\"email\":\"chen@clean.example\"}"), "contractorId");
        badInput(post(contacts, "{\"siteId\":\"weighbridge\",\"kind\":\"OWNERS_COMMITTEE\",\"name\":\"Owners\"}"),
                "email");

        for (String name : new String[] {"Chen Jie", "Sun Li"}) {
            post(contacts, "{\"siteId\":\"weighbridge\",\"contractorId\":\"" + contractor + "\","
                    + "\"kind\":\"CONTRACTOR\",\"name\":\"" + name + "\",\"email\":\"office@clean.example\","
                    + "\"language\":\"en\"}").expectStatus().isOk();
        }
        assertThat(directory.unitContactAt("sub-1", "weighbridge", contractor, UnitContactKind.CONTRACTOR,
                Instant.now())).get().extracting(UnitContact::name, UnitContact::language)
                .containsExactly("Sun Li", Language.EN);
    }
}
