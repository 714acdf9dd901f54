package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.standalone.demo.DemoOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/**
 * The whole system in one JVM, driven only over HTTP as a user would: complaint and service request
 * commands in, views, search and the monthly SLA metric out. Subclasses pick the database engine.
 */
abstract class StandaloneContract {

    static final Duration VIEW_TIMEOUT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient elasticsearch;
    @Autowired
    com.serviceledger.query.elasticsearch.ComplaintIndex complaintIndex;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    NotificationStore notifications;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** A complaint about the department (at its gate post, when it is the gate's). */
    String receive(String department, String urgency, String content) {
        String post = department.equals("dept-gate") ? ",\"postId\":\"gate\"" : "";
        String body = """
                {"channel":"WECHAT","customer":{"name":"Li Wei","phone":"13812341234","email":"li@example.com"},
                 "content":"%s","demand":"Apology",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"%s"%s},"urgency":"%s"}"""
                .formatted(content, department, post, urgency);
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    void step(String id, String step, String body) {
        var request = http.post().uri("/api/complaints/{id}/{step}", id, step).contentType(MediaType.APPLICATION_JSON);
        (body == null ? request : request.bodyValue(body)).exchange().expectStatus().isOk();
    }

    void takeThroughTheWholeLifecycle(String id, boolean urgent) {
        step(id, "forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"head-1\"}");
        step(id, "contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Open a second lane\"}");
        if (urgent) {
            step(id, "on-site", "{\"handlerId\":\"handler-3\"}");
        }
        step(id, "handler", "{\"handlerId\":\"handler-3\"}");
        step(id, "resolve", "{\"resolution\":\"Second lane open\"}");
        step(id, "callback", "{\"satisfaction\":5,\"solutionAccepted\":true,\"comment\":\"fast\"}");
        step(id, "verify", "{\"responsibleStaffId\":\"staff-9\",\"misconduct\":\"ATTITUDE\",\"findings\":\"rude\"}");
        step(id, "archive", null);
    }

    Map<String, Object> view(String id) {
        return http.get().uri("/api/complaints/{id}", id).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sla(Map<String, Object> view, String target) {
        return (Map<String, Object>) ((Map<String, Object>) view.get("sla")).get(target);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErasureOverHttpShowsInTheViewAtOnceAndNoIndexEverHeldTheCustomer() throws Exception {
        String phone = "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        String id = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":{"name":"钱七","phone":"%s","email":"qian@example.com"},
                         "content":"Gate closed","demand":"Apology",
                         "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},
                         "urgency":"NORMAL"}""".formatted(phone)).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(view(id)).containsKey("customer"));
        assertThat((Map<String, Object>) view(id).get("customer")).containsEntry("name", "钱*")
                .containsEntry("phone", phone.substring(0, 3) + "****" + phone.substring(7))
                .containsEntry("email", "q***@example.com").containsEntry("erased", false);
        String document = String.valueOf(elasticsearch.get(g -> g.index(complaintIndex.alias()).id(id), Map.class)
                .source());
        // the phone's last four digits alone could turn up inside a random id; its eight subscriber digits cannot
        assertThat(document).contains("customerId").doesNotContain("钱", phone.substring(3), "****", "example.com");

        http.post().uri("/api/admin/customer-erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\",\"reason\":\"the customer asked\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.cases[0]").isEqualTo(id);
        // the masks go at once, from the vault; the view learns of the erasure from the event
        assertThat((Map<String, Object>) view(id).get("customer")).containsEntry("erased", true)
                .doesNotContainKeys("name", "phone", "email");
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(view(id)).containsEntry("customerErased", true));
        http.post().uri("/api/complaints/{id}/customer-disclosures", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"purpose\":\"call back\"}").exchange().expectStatus().isEqualTo(410);
    }

    @Test
    void complaintFiledOverHttpAppearsInTheViewWithItsSlaVerdictsAndNoPersonalData() {
        String id = receive("dept-gate", "URGENT", "Gate closed at shift change");
        takeThroughTheWholeLifecycle(id, true);

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(view(id)).containsEntry("status", "ARCHIVED"));
        Map<String, Object> view = view(id);
        assertThat(sla(view, "contact")).containsEntry("onTime", true).containsEntry("breached", false);
        assertThat(sla(view, "onSite")).containsEntry("onTime", true);
        assertThat(sla(view, "resolution")).containsEntry("onTime", true);
        assertThat(sla(view, "callback")).containsEntry("onTime", true);
        assertThat(view).containsEntry("satisfaction", 5)
                .containsEntry("departmentId", "dept-gate").containsEntry("responsibleStaffId", "staff-9");
        assertThat((Map<String, Object>) view.get("customer")).containsEntry("name", "L*****")
                .containsEntry("phone", "138****1234").containsEntry("email", "l***@example.com")
                .containsEntry("erased", false);
        assertThat(view.toString()).doesNotContain("Li Wei").doesNotContain("li@example.com");
    }

    @Test
    void complaintShowsUpInSearchAndInTheMonthlySlaMetric() {
        String word = "turnstile" + UUID.randomUUID().toString().substring(0, 8);
        String department = "dept-" + word;
        organisation.addDepartment("sub-e2e", department);
        String id = receive(department, "NORMAL", "The " + word + " is broken");
        String month = DateTimeFormatter.ofPattern("yyyy-MM").format(Instant.now().atZone(ZoneId.of("Asia/Shanghai")));

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri(u -> u.path("/api/complaints").queryParam("q", word).queryParam("channel", "WECHAT").build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].complaintId").isEqualTo(id));
        http.get().uri(u -> u.path("/api/metrics/complaint-sla").queryParam("from", month).queryParam("to", month)
                        .queryParam("subsidiary", "sub-e2e").build())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.months[0].month").isEqualTo(month)
                .jsonPath("$.months[0].departments[?(@.departmentId=='" + department + "')].received").isEqualTo(1)
                .jsonPath("$.months[0].departments[?(@.departmentId=='" + department + "')].sla.contact.pending")
                .isEqualTo(1);
    }

    @Test
    void demoOrganisationAndItsPolicyAreThereOnFirstStart() {
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri("/api/organisation/subsidiaries/{id}", DemoOrganisation.SUBSIDIARY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.departments.length()").isEqualTo(5).jsonPath("$.posts.length()").isEqualTo(6));
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/organisation/staff/wang-fang").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.supervisorId").isEqualTo("chen-jing")
                .jsonPath("$.groupLeaderId").isEqualTo("zhao-lei"));
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri("/api/policies/{id}", DemoOrganisation.SUBSIDIARY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.versionName").isEqualTo(DemoOrganisation.SUBSIDIARY + "/v1"));
    }

    @Test
    void everyUserIsAStaffMemberOfTheDirectoryWithTheirRolesAndScope() {
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/me")
                .headers(h -> h.setBasicAuth("tangshan-agent", "tangshan-agent")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("tangshan-agent")
                .jsonPath("$.staffId").isEqualTo("zhou-min")
                .jsonPath("$.roles").isEqualTo(java.util.List.of("AGENT"))
                .jsonPath("$.scope.group").isEqualTo(false)
                .jsonPath("$.scope.entries").isEqualTo(java.util.List.of("demo-tangshan"))
                .jsonPath("$.staff.name").isEqualTo("Zhou Min")
                .jsonPath("$.staff.departmentId").isEqualTo("dept-cs")
                .jsonPath("$.staff.subsidiaryId").isEqualTo("demo-tangshan"));
        // a group-level user: the whole group, and no staff member of a subsidiary
        http.get().uri("/api/me").headers(h -> h.setBasicAuth("analyst", "analyst")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.staffId").doesNotExist()
                .jsonPath("$.staff").doesNotExist()
                .jsonPath("$.scope.group").isEqualTo(true)
                .jsonPath("$.scope.entries").isEqualTo(java.util.List.of("*"));
        // a user configured without a scope has none: nothing, never everything
        http.get().uri("/api/me").headers(h -> h.setBasicAuth("unscoped", "unscoped")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.scope.group").isEqualTo(false)
                .jsonPath("$.scope.entries.length()").isEqualTo(0);
        http.post().uri("/api/complaints").headers(h -> h.setBasicAuth("unscoped", "unscoped"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"HOTLINE\",\"customer\":{\"name\":\"Li Wei\",\"phone\":\"13812341234\"},"
                        + "\"content\":\"Ticket printed twice\",\"demand\":\"Refund\","
                        + "\"target\":{\"subsidiaryId\":\"sub-e2e\",\"departmentId\":\"dept-gate\"},\"urgency\":\"NORMAL\"}")
                .exchange().expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-scope")
                .jsonPath("$.errors[0].field").isEqualTo("target.subsidiaryId");
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build().get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void ratingFromAFollowUpCallIsRecordedAndVisible() {
        String id = http.post().uri("/api/ratings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"source\":\"PHONE_FOLLOW_UP\",\"unit\":{\"subsidiaryId\":\"sub-e2e\","
                        + "\"departmentId\":\"dept-gate\"},\"score\":4,\"comment\":\"polite\"}")
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("ratingId").toString();
        http.post().uri("/api/ratings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"source\":\"PHONE_FOLLOW_UP\",\"unit\":{\"subsidiaryId\":\"sub-e2e\"},\"score\":6}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("score");

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/ratings/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.score").isEqualTo(4).jsonPath("$.satisfied").isEqualTo(true)
                .jsonPath("$.source").isEqualTo("PHONE_FOLLOW_UP"));
    }

    @Test
    void replayingTheProcessorFromTheStartRebuildsAnIdenticalIndex() {
        String a = receive("dept-replay", "NORMAL", "replay one");
        String b = receive("dept-replay", "URGENT", "replay two");
        takeThroughTheWholeLifecycle(b, true);
        step(a, "dismiss", "{\"explanation\":\"The gate hours are posted\"}");
        // search is near-real-time: wait until it, not only the get-by-id, shows the final states
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(allViews())
                .anySatisfy(v -> assertThat(v).asInstanceOf(MAP).containsEntry("complaintId", a)
                        .containsEntry("status", "DISMISSED"))
                .anySatisfy(v -> assertThat(v).asInstanceOf(MAP).containsEntry("complaintId", b)
                        .containsEntry("status", "ARCHIVED")));
        List<Object> before = allViews();

        StreamingEventProcessor processor = processing
                .eventProcessor("complaint-view", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(allViews()).isEqualTo(before));
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void processorsOfBothSidesReportTheirLagAndDeadLettersOverActuator() {
        String body = new String(http.get().uri("/actuator/processors").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(body).contains("\"name\":\"complaint-view\"", "\"name\":\"scoring-relay\"");
        http.get().uri("/actuator/processors/complaint-view").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.running").isEqualTo(true).jsonPath("$.deadLetters").isNumber();
        String prometheus = new String(http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(prometheus).containsPattern("serviceledger_processor_lag_events\\{[^}]*processor=\"scoring-relay\"")
                .containsPattern("serviceledger_processor_dead_letters\\{[^}]*processor=\"complaint-view\"");
        http.get().uri("/api/admin/dead-letters/complaint-view").exchange().expectStatus().isOk();
    }

    String receiveServiceRequest(String description) {
        String body = """
                {"channel":"ON_SITE","customer":{"name":"Zhao Min","phone":"13912345678","email":"zhao@example.com"},
                 "category":"BUSINESS_ASSISTANCE","description":"%s",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales","postId":"billing"}}"""
                .formatted(description);
        return http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("serviceRequestId").toString();
    }

    void serviceRequestStep(String id, String step, String body) {
        var request = http.post().uri("/api/service-requests/{id}/{step}", id, step)
                .contentType(MediaType.APPLICATION_JSON);
        (body == null ? request : request.bodyValue(body)).exchange().expectStatus().isOk();
    }

    Map<String, Object> serviceRequestView(String id) {
        return http.get().uri("/api/service-requests/{id}", id).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
    }

    @Test
    void serviceRequestTakenThroughMaterialsDelayAndReworkOverHttpAppearsInItsViewAndSearch() {
        String word = "haulier" + UUID.randomUUID().toString().substring(0, 8);
        String id = receiveServiceRequest("Open an account for the " + word);
        serviceRequestStep(id, "request-materials", "{\"missingItems\":[\"licence copy\",\"authorisation letter\"]}");
        http.post().uri("/api/service-requests/{id}/request-materials", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"missingItems\":[\"bank statement\"]}").exchange()
                .expectStatus().isEqualTo(422);
        serviceRequestStep(id, "materials-received", null);
        serviceRequestStep(id, "assign", "{\"assigneeId\":\"agent-7\"}");
        serviceRequestStep(id, "assess", "{\"nature\":\"account\",\"difficulty\":\"LOW\",\"resources\":\"one clerk\"}");
        serviceRequestStep(id, "plan", "{\"goal\":\"Account open\",\"steps\":[\"check\",\"create\"],"
                + "\"ownerId\":\"clerk-3\",\"dueAt\":\"2099-06-01T17:00:00+08:00\"}");
        serviceRequestStep(id, "progress", "{\"note\":\"documents checked\"}");
        serviceRequestStep(id, "delay", "{\"reason\":\"system outage\",\"newDueAt\":\"2099-06-02T17:00:00+08:00\"}");
        serviceRequestStep(id, "deliver", "{\"summary\":\"Account 4711\"}");
        serviceRequestStep(id, "reject", "{\"reasons\":[\"wrong account type\"]}");
        serviceRequestStep(id, "deliver", "{\"summary\":\"Account 4712\"}");
        serviceRequestStep(id, "accept", null);
        serviceRequestStep(id, "satisfaction", "{\"score\":4,\"comment\":\"friendly\"}");
        serviceRequestStep(id, "close", null);

        await().atMost(VIEW_TIMEOUT).untilAsserted(() ->
                assertThat(serviceRequestView(id)).containsEntry("status", "CLOSED"));
        Map<String, Object> view = serviceRequestView(id);
        assertThat(view).containsEntry("category", "BUSINESS_ASSISTANCE")
                .containsEntry("firstResponseAct", "MATERIALS_REQUEST")
                .containsEntry("missingItems", List.of("licence copy", "authorisation letter"))
                .containsEntry("originalDueAt", "2099-06-01T09:00:00Z")
                .containsEntry("agreedDueAt", "2099-06-02T09:00:00Z")
                .containsEntry("delaysAnnouncedInTime", 1)
                .containsEntry("deliveryCount", 2)
                .containsEntry("rejectionCount", 1)
                .containsEntry("deliveredOnTimeAgainstOriginal", true)
                .containsEntry("deliveredOnTimeAgainstAgreed", true)
                .containsEntry("satisfaction", 4);
        assertThat((Map<String, Object>) view.get("customer")).containsEntry("phone", "139****5678");
        assertThat(sla(view, "firstResponse")).containsEntry("onTime", true).containsEntry("breached", false);
        assertThat(sla(view, "delivery")).containsEntry("onTime", true);
        assertThat(view.toString()).doesNotContain("Zhao Min").doesNotContain("zhao@example.com");

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri(u -> u.path("/api/service-requests").queryParam("q", word)
                        .queryParam("category", "BUSINESS_ASSISTANCE").queryParam("status", "CLOSED").build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].requestId").isEqualTo(id));
    }

    @Test
    void inspectionFlowOverHttpFromChecklistToRectificationAndEscalation() {
        String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.addPost("sub-e2e", site, "dept-gate");
        String first = recordDailyInspectionWithADustyStaircase(site);
        String caseId = "RCT-" + first + "-2";

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/inspections/{id}", first).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("DAILY")
                .jsonPath("$.failedCount").isEqualTo(1)
                .jsonPath("$.passRate").isEqualTo(0.5)
                .jsonPath("$.items[1].rectificationId").isEqualTo(caseId));
        // the case is opened by the relay, moments after the inspection
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/rectifications/{id}", caseId)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN"));
        http.post().uri("/api/rectifications/{id}/rectify", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"rectifiedBy\":\"cleaner-7\",\"note\":\"swept\"}").exchange().expectStatus().isOk();
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/rectifications/{id}", caseId)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RECTIFIED")
                .jsonPath("$.onTime").isEqualTo(true));

        for (int i = 0; i < 3; i++) {
            recordDailyInspectionWithADustyStaircase(site);
        }
        String month = http.get().uri("/api/inspections/{id}", first).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody().get("month").toString();
        String qualityMonth = "QM:sub-e2e:" + site + ":clean-co:" + month;
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/quality-months/{id}", qualityMonth)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.daily.inspectionsWithFailures").isEqualTo(4)
                .jsonPath("$.rectifications.rectifiedOnTime").isEqualTo(1)
                .jsonPath("$.escalated").isEqualTo(true)
                .jsonPath("$.escalation.inspectionIds.length()").isEqualTo(4));
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri(u -> u.path("/api/rectifications").queryParam("site", site).queryParam("status", "OPEN").build())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(3));
        http.post().uri("/api/quality-months/close").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":{\"subsidiaryId\":\"sub-e2e\",\"siteId\":\"" + site
                        + "\",\"contractorId\":\"clean-co\"},\"month\":\"" + month + "\"}")
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void scoringFlowOverHttpFromTwoVerifiedComplaintsToTheScorecardsOfStaffAndSupervisor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String staff = "clerk-" + suffix;
        String supervisor = "head-" + suffix;
        organisation.hire("sub-e2e", "lead-" + suffix, null, null);
        organisation.hire("sub-e2e", supervisor, null, "lead-" + suffix);
        http.post().uri("/api/organisation/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffId\":\"" + staff + "\",\"name\":\"Liu Yang\",\"subsidiaryId\":\"sub-e2e\","
                        + "\"departmentId\":\"dept-gate\",\"supervisorId\":\"" + supervisor
                        + "\",\"groupLeaderId\":\"lead-" + suffix + "\"}")
                .exchange().expectStatus().isCreated();
        for (String misconduct : List.of("ATTITUDE", "QUARREL")) {
            String id = receive("dept-gate", "NORMAL", "Shouted at the gate");
            step(id, "forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"head-1\"}");
            step(id, "contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Apologise\"}");
            step(id, "handler", "{\"handlerId\":\"handler-3\"}");
            step(id, "resolve", "{\"resolution\":\"Apologised\"}");
            step(id, "callback", "{\"satisfaction\":3,\"solutionAccepted\":true}");
            step(id, "verify", "{\"responsibleStaffId\":\"" + staff + "\",\"misconduct\":\"" + misconduct
                    + "\",\"findings\":\"rude\"}");
        }

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri(u -> u.path("/api/scorecards").queryParam("staff", staff).build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].complaintCount").isEqualTo(2)
                .jsonPath("$.items[0].ownPoints").isEqualTo(15)
                .jsonPath("$.items[0].deductions[1].points").isEqualTo(10)
                .jsonPath("$.items[0].ruleSet").isEqualTo("ESCALATING_5"));
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get()
                .uri(u -> u.path("/api/scorecards").queryParam("staff", supervisor).build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].jointPoints").isEqualTo(3)
                .jsonPath("$.items[0].jointDeductions[0].role").isEqualTo("SUPERVISOR"));
        Map<String, Object> page = http.get().uri(u -> u.path("/api/scorecards").queryParam("staff", staff).build())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        String month = ((Map<?, ?>) ((List<?>) page.get("items")).getFirst()).get("month").toString();
        // the month is still running: its close waits until it is over
        http.post().uri("/api/scorecards/close").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffId\":\"" + staff + "\",\"month\":\"" + month + "\"}")
                .exchange().expectStatus().isEqualTo(409);
    }

    String recordDailyInspectionWithADustyStaircase(String site) {
        String body = """
                {"kind":"DAILY","unit":{"subsidiaryId":"sub-e2e","siteId":"%s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"foreman-1","role":"FOREMAN"}],
                 "items":[{"standardCode":"floor-clean","result":"PASS"},
                          {"standardCode":"stairs-dust-free","result":"FAIL","severity":"MINOR",
                           "note":"dust on stairs B"}]}""".formatted(site);
        return http.post().uri("/api/inspections").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("inspectionId").toString();
    }

    @SuppressWarnings("unchecked")
    List<Object> allViews() {
        Map<String, Object> page = http.get().uri(u -> u.path("/api/complaints").queryParam("size", 100).build())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
        return (List<Object>) page.get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditorSeesAComplaintAsItStoodAfterEachStepAsTheCommandSideFoldsIt() {
        String id = receive("dept-gate", "URGENT", "Barrier stuck at the audit gate");
        takeThroughTheWholeLifecycle(id, true);

        Map<String, Object> received = caseState(id, "?untilSequence=0");
        assertThat(received).containsEntry("aggregateType", "Complaint").containsEntry("sequence", 0);
        assertThat((Map<String, Object>) received.get("state")).containsEntry("status", "RECEIVED")
                .containsEntry("urgency", "URGENT").containsEntry("onSite", false).doesNotContainKey("handlerId")
                .extractingByKey("deadlines", MAP).containsKey("onSiteDueAt");
        Map<String, Object> archived = caseState(id, "");
        assertThat((Map<String, Object>) archived.get("state")).containsEntry("status", "ARCHIVED")
                .containsEntry("handlerId", "handler-3").containsEntry("onSite", true)
                .extractingByKey("metTargets", MAP).containsKeys("CONTACT", "ON_SITE", "RESOLUTION", "CALLBACK");
        assertThat(archived.toString()).doesNotContain("Li Wei", "13812341234", "li@example.com");
    }

    Map<String, Object> caseState(String id, String query) {
        return http.get().uri("/api/audit/cases/" + id + "/state" + query).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
    }

    @Test
    void anAssignmentReachesTheAssigneesInboxAndStreamAndNobodyElses() {
        WebTestClient zhouMin = http.mutate()
                .defaultHeaders(headers -> headers.setBasicAuth("tangshan-agent", "tangshan-agent")).build();
        List<ServerSentEvent<Map<String, Object>>> seen = new CopyOnWriteArrayList<>();
        Disposable listening = zhouMin.get().uri("/api/notifications/stream?lang=en")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody()
                .subscribe(seen::add);
        try {
            await().atMost(VIEW_TIMEOUT).until(() -> seen.stream().anyMatch(event -> "inbox".equals(event.comment())));
            String others = demoServiceRequestAssignedTo("wang-fang");
            String mine = demoServiceRequestAssignedTo("zhou-min");

            await().atMost(VIEW_TIMEOUT).until(() -> notificationOf(seen, mine) != null);
            Map<String, Object> sent = notificationOf(seen, mine);
            assertThat(sent).containsEntry("kind", "CASE_ASSIGNED").containsEntry("caseType", "service-request")
                    .containsEntry("subsidiaryId", "demo-tangshan").containsEntry("departmentId", "dept-sales")
                    .containsEntry("read", false).containsEntry("title", "A case for you: " + mine);
            // wang-fang was told too, and her notification came before; it never reached zhou-min's stream
            assertThat(notifications.ofRecipient("staff:wang-fang", null, 50)).anyMatch(row ->
                    others.equals(row.caseId()) && row.channel() == NotificationChannel.INBOX);
            assertThat(notificationOf(seen, others)).isNull();

            String id = sent.get("id").toString();
            // in her inbox, in her language (the directory's default, zh-CN)
            zhouMin.get().uri("/api/notifications?unread=true&size=100").exchange().expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items[?(@.id == '" + id + "')].title").isEqualTo(List.of("新案件交由您处理：" + mine));
            // nobody else may mark it, or learn that it exists
            http.post().uri("/api/notifications/{id}/read", id).contentType(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isNotFound();
            zhouMin.post().uri("/api/notifications/{id}/read", id).contentType(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.read").isEqualTo(true).jsonPath("$.caseId").isEqualTo(mine);
        } finally {
            listening.dispose();
        }
    }

    /** A service request of the demo subsidiary's sales centre, assigned to one of its staff. */
    String demoServiceRequestAssignedTo(String staffId) {
        String id = http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":{"name":"Zhao Min","phone":"13912345678"},
                         "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                         "target":{"subsidiaryId":"demo-tangshan","departmentId":"dept-sales","postId":"billing"}}""")
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("serviceRequestId").toString();
        serviceRequestStep(id, "assign", "{\"assigneeId\":\"" + staffId + "\"}");
        return id;
    }

    /** The data of the stream's notification of the case, or null. */
    static Map<String, Object> notificationOf(List<ServerSentEvent<Map<String, Object>>> events, String caseId) {
        return events.stream().filter(event -> "notification".equals(event.event()))
                .map(ServerSentEvent::data).filter(data -> data != null && caseId.equals(data.get("caseId")))
                .findFirst().orElse(null);
    }
}
