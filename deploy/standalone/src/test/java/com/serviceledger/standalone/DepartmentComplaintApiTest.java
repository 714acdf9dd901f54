package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Department-coordination complaints (002 第5篇 二.2) over the real stack: raised by the complaining department's own
 * staff within their scope, never about itself, handled like a customer's, its callback answered by the complaining
 * department's head, and scored like a customer's when misconduct is verified.
 */
@StandaloneOnH2
class DepartmentComplaintApiTest {

    /** A subsidiary of this test's own: its scorecards and figures are no other test's. */
    static final String SUB = "sub-coord";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestOrganisation organisation;

    static String body(String subsidiary, String complaining, String raisedBy, String accused) {
        return """
                {"channel":"EMAIL","complainingDepartmentId":"%s","raisedBy":"%s",
                 "content":"Orders held back at loading","demand":"Load in order",
                 "target":{"subsidiaryId":"%s","departmentId":"%s","staffId":"%s"},"urgency":"NORMAL"}"""
                .formatted(complaining, raisedBy, subsidiary, accused, TestOrganisation.staffOf(subsidiary, "staff-9"));
    }

    @Test
    void onlyTheComplainingDepartmentsOwnStaffRaiseOneAndNeverAboutItself() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        long before = api.storedEvents();
        // a staff member of another subsidiary (demo-tangshan) cannot raise one in sub-1
        RawApi.Answer foreign = api.post("/api/department-complaints", "tangshan-agent",
                body("sub-1", "dept-gate", "zhou-min", "dept-sales"));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        assertThat(foreign.type()).endsWith("out-of-scope");
        assertThat(foreign.field()).isEqualTo("complainingDepartmentId");
        // sub-1's sales staff do not complain in the gate's name
        RawApi.Answer otherDepartment = api.post("/api/department-complaints", "dept-worker",
                body("sub-1", "dept-gate", "sub-1.clerk-3", "dept-sales"));
        assertThat(otherDepartment.status()).as(otherDepartment.toString()).isEqualTo(403);
        assertThat(otherDepartment.field()).isEqualTo("complainingDepartmentId");
        // a department does not complain about itself; who raises it works in the complaining department
        RawApi.Answer itself = api.post("/api/department-complaints", "sub1-worker",
                body("sub-1", "dept-gate", "sub-1.clerk-3", "dept-gate"));
        assertThat(itself.status()).as(itself.toString()).isEqualTo(422);
        assertThat(itself.field()).isEqualTo("target.departmentId");
        RawApi.Answer notTheirs = api.post("/api/department-complaints", "sub1-worker",
                body("sub-1", "dept-sales", "sub-1.clerk-3", "dept-gate"));
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(422);
        assertThat(notTheirs.field()).isEqualTo("raisedBy");
        // bad input names its field
        RawApi.Answer blank = api.post("/api/department-complaints", "sub1-worker",
                body("sub-1", " ", "sub-1.clerk-3", "dept-sales"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("complainingDepartmentId");
        assertThat(api.storedEvents()).as("refusals change nothing").isEqualTo(before);

        RawApi.Answer raised = api.post("/api/department-complaints", "sub1-worker",
                body("sub-1", "dept-gate", "sub-1.clerk-3", "dept-sales"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    }

    @Test
    void handledLikeACustomersComplaintAnsweredByTheComplainingHeadAndScored() throws Exception {
        organisation.register(SUB);
        RawApi api = new RawApi(port, dataSource);
        String head = TestOrganisation.staffOf(SUB, "head-1");
        step(api, "/api/organisation/subsidiaries/" + SUB + "/positions", "admin",
                "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"" + head + "\",\"departmentId\":\"dept-gate\"}");
        RawApi.Answer raised = api.post("/api/department-complaints", "tester",
                body(SUB, "dept-gate", TestOrganisation.staffOf(SUB, "clerk-3"), "dept-sales"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String id = raised.problem().path("complaintId").asText();
        String path = "/api/complaints/" + id;

        JsonNode received = view(api, path, v -> v.has("complainantKind"));
        assertThat(received.path("complainantKind").asText()).isEqualTo("DEPARTMENT");
        assertThat(received.path("complainingDepartmentId").asText()).isEqualTo("dept-gate");
        assertThat(received.path("raisedBy").asText()).isEqualTo(TestOrganisation.staffOf(SUB, "clerk-3"));
        assertThat(received.has("customerId")).as("no customer").isFalse();
        RawApi.Answer disclosure = api.post(path + "/customer-disclosures", "tester", "{\"purpose\":\"call back\"}");
        assertThat(disclosure.status()).as(disclosure.toString()).isEqualTo(422);

        String staff9 = TestOrganisation.staffOf(SUB, "staff-9");
        step(api, path + "/forward", "tester", "{\"departmentId\":\"dept-sales\",\"departmentHeadId\":\"" + head + "\"}");
        step(api, path + "/contact", "tester", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Load in order\"}");
        step(api, path + "/handler", "tester", "{\"handlerId\":\"" + TestOrganisation.staffOf(SUB, "handler-3") + "\"}");
        step(api, path + "/resolve", "tester", "{\"resolution\":\"Loading by arrival order\"}");
        step(api, path + "/callback", "tester", "{\"satisfaction\":4,\"solutionAccepted\":true}");
        step(api, path + "/verify", "tester",
                "{\"responsibleStaffId\":\"" + staff9 + "\",\"misconduct\":\"ATTITUDE\",\"findings\":\"held back\"}");

        JsonNode verified = view(api, path, v -> v.path("status").asText().equals("VERIFIED"));
        assertThat(verified.path("callbackAnsweredBy").asText()).isEqualTo(head);
        // scored like a customer's complaint: a deduction on the staff member's scorecard
        JsonNode cards = view(api, "/api/scorecards?staff=" + staff9, v -> v.toString().contains(id));
        assertThat(cards.toString()).contains("\"complaintId\":\"" + id + "\"");
    }

    @Test
    void theComplainingDepartmentsStaffReadTheirComplaintAndNoOtherOfTheAccused() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        RawApi.Answer raised = api.post("/api/department-complaints", "sub1-worker",
                body("sub-1", "dept-gate", "sub-1.clerk-3", "dept-sales"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String id = raised.problem().path("complaintId").asText();
        String path = "/api/complaints/" + id;

        // the gate raised it: its staff read it, its timeline, and find it among the complaints their department raised
        assertThat(view(api, "gate-worker", path, v -> v.has("complainantKind")).path("complainingDepartmentId")
                .asText()).isEqualTo("dept-gate");
        assertThat(api.get(path + "/timeline", "gate-worker").status()).isEqualTo(200);
        JsonNode raisedByGate = view(api, "gate-worker", "/api/complaints?complainingDepartment=dept-gate&size=100",
                v -> v.toString().contains(id));
        raisedByGate.path("items").forEach(item -> assertThat(item.path("complainingDepartmentId").asText())
                .isEqualTo("dept-gate"));
        // the accused department's other complaints stay out of their reach: each one listed is the gate's own
        JsonNode all = view(api, "gate-worker", "/api/complaints?subsidiary=sub-1&size=100",
                v -> v.toString().contains(id));
        all.path("items").forEach(item -> assertThat(List.of(item.path("departmentId").asText(),
                item.path("complainingDepartmentId").asText())).as(item.toString()).contains("dept-gate"));

        // a third department of sub-1 neither reads it nor finds it, as for any complaint outside its scope
        assertThat(api.get(path, "replay-worker").status()).isEqualTo(404);
        assertThat(api.get(path + "/timeline", "replay-worker").status()).isEqualTo(404);
        RawApi.Answer third = api.get("/api/complaints?complainingDepartment=dept-gate&size=100", "replay-worker");
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.problem().toString()).doesNotContain(id);
    }

    /** The document once the projection shows what is awaited (it is eventually consistent). */
    private static JsonNode view(RawApi api, String path, Predicate<JsonNode> ready) throws Exception {
        return view(api, "tester", path, ready);
    }

    private static JsonNode view(RawApi api, String user, String path, Predicate<JsonNode> ready) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode view = null;
        while (System.nanoTime() < until) {
            RawApi.Answer answer = api.get(path, user);
            view = answer.problem();
            if (answer.status() == 200 && view != null && ready.test(view)) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never became ready: " + view);
    }

    private static void step(RawApi api, String path, String user, String json) throws Exception {
        RawApi.Answer answer = api.post(path, user, json);
        assertThat(answer.status()).as(path + " " + answer).isIn(200, 201);
    }
}
