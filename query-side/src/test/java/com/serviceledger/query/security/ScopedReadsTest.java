package com.serviceledger.query.security;

import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintEvents;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestEvents;
import com.serviceledger.query.support.ServiceRequestStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * Every read keeps to the reader's scope, over real HTTP and the real index: {@code sub1-worker} works in sub-1,
 * {@code dept-worker} in sub-1's dept-sales, {@code tester} in the whole group. Cases and staff outside the scope
 * read as unknown; a metric or report asked for a unit outside it is a 403 naming the parameter; figures never
 * count beyond it. The cases lie in May 2011, a month of their own.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedReadsTest {

    private static final Instant MAY = Instant.parse("2011-05-10T02:00:00Z");
    private static final String MONTH = "from=2011-05&to=2011-06";
    private static final String RECEIVED_IN_MAY = "from=2011-05-01&to=2011-05-31";
    private static final String SUB1 = "sub-1";
    private static final String SUB2 = "sub-2";

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog requests;
    private final Api api;
    private final String sales1 = newComplaintId();
    private final String ops1 = newComplaintId();
    private final String sales2 = newComplaintId();
    private final String request1 = ServiceRequestEvents.newRequestId();
    private final String request2 = ServiceRequestEvents.newRequestId();
    private final String staffIn = "staff-" + UUID.randomUUID();
    private final String staffOut = "staff-" + UUID.randomUUID();

    ScopedReadsTest(ComplaintEventLog complaints, ServiceRequestEventLog requests, Api api) {
        this.complaints = complaints;
        this.requests = requests;
        this.api = api;
    }

    @BeforeAll
    void casesAndStaffInTwoSubsidiaries() {
        complaints.appendAndAwait(
                ComplaintStory.of(sales1, received(sales1, SUB1, MAY).department("dept-sales").event()),
                ComplaintStory.of(ops1, received(ops1, SUB1, MAY.plusSeconds(60)).department("dept-ops").event()),
                ComplaintStory.of(sales2, received(sales2, SUB2, MAY.plusSeconds(120)).department("dept-sales")
                        .event()));
        requests.appendAndAwait(request(request1, SUB1, "dept-sales"), request(request2, SUB2, "dept-sales"));
        Instant hired = Instant.parse("2011-01-03T01:00:00Z");
        PolicyTerms terms = new PolicyTerms("Asia/Shanghai", Set.of(), 90, ComplaintTerms.defaults());
        publish("StaffMember", staffIn, new StaffHired(staffIn, "Li Na", SUB1, "dept-sales", "billing", "sup-1",
                "lead-1", hired));
        publish("StaffMember", staffOut, new StaffHired(staffOut, "Zhang Wei", SUB2, "dept-sales", "billing",
                "sup-2", "lead-2", hired));
        for (String subsidiary : List.of(SUB1, SUB2)) {
            publish("Subsidiary", subsidiary, new SubsidiaryRegistered(subsidiary, subsidiary, "Asia/Shanghai", hired));
            publish("SubsidiaryPolicy", "policy-" + subsidiary,
                    new PolicyPublished("policy-" + subsidiary, subsidiary, 1, terms, hired));
        }
        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            api.get("/api/organisation/staff/" + staffOut).expectStatus().isOk();
            api.get("/api/organisation/staff/" + staffIn).expectStatus().isOk();
            api.get("/api/organisation/subsidiaries/" + SUB2).expectStatus().isOk();
            api.get("/api/policies/" + SUB2).expectStatus().isOk();
        });
    }

    @Test
    void a_subsidiary_worker_lists_only_their_subsidiarys_cases() {
        assertThat(complaintIds("sub1-worker", "")).containsExactly(ops1, sales1);
        assertThat(complaintIds("tester", "")).containsExactly(sales2, ops1, sales1);
        // asking for another subsidiary's cases finds none rather than revealing them
        assertThat(complaintIds("sub1-worker", "&subsidiary=" + SUB2)).isEmpty();
        assertThat(read("sub1-worker", "/api/service-requests?" + RECEIVED_IN_MAY).expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody()).containsEntry("total", 1);
    }

    @Test
    void a_department_worker_sees_only_their_departments_cases() {
        assertThat(complaintIds("dept-worker", "")).containsExactly(sales1);
        read("dept-worker", "/api/complaints/" + sales1).expectStatus().isOk();
        read("dept-worker", "/api/complaints/" + ops1).expectStatus().isNotFound();
    }

    @Test
    void a_case_outside_the_scope_answers_exactly_as_an_unknown_one() {
        String unknown = newComplaintId();
        assertThat(notFound("sub1-worker", "/api/complaints/", sales2))
                .isEqualTo(notFound("sub1-worker", "/api/complaints/", unknown));
        assertThat(notFound("sub1-worker", "/api/service-requests/", request2))
                .isEqualTo(notFound("sub1-worker", "/api/service-requests/", ServiceRequestEvents.newRequestId()));
        read("sub1-worker", "/api/complaints/" + sales1).expectStatus().isOk();
        read("sub1-worker", "/api/service-requests/" + request1).expectStatus().isOk();
    }

    @Test
    void the_directory_outside_the_scope_reads_as_unknown() {
        assertThat(notFound("sub1-worker", "/api/organisation/staff/", staffOut))
                .isEqualTo(notFound("sub1-worker", "/api/organisation/staff/", "staff-" + UUID.randomUUID()));
        read("sub1-worker", "/api/organisation/staff/" + staffIn).expectStatus().isOk();
        read("sub1-worker", "/api/organisation/subsidiaries/" + SUB2).expectStatus().isNotFound();
        read("sub1-worker", "/api/policies/" + SUB2).expectStatus().isNotFound();
        // a department's staff work under their subsidiary and its policy
        read("dept-worker", "/api/organisation/subsidiaries/" + SUB1).expectStatus().isOk();
        read("dept-worker", "/api/policies/" + SUB1).expectStatus().isOk();
    }

    @Test
    void an_unscoped_metric_counts_the_readers_scope_only() {
        assertThat(complaintRate("tester", "")).containsEntry("numerator", 3).containsEntry("denominator", 2);
        assertThat(complaintRate("sub1-worker", "")).containsEntry("numerator", 2).containsEntry("denominator", 1);
        assertThat(complaintRate("dept-worker", "")).containsEntry("numerator", 1).containsEntry("denominator", 1);
        assertThat(complaintRate("dept-worker", "&subsidiaryId=" + SUB1)).containsEntry("numerator", 1);

        // grouped, a department worker's figures have their department only
        Map<String, Object> byDepartment = metric("dept-worker", "/api/metrics/complaint-rate?groupBy=department&"
                + MONTH);
        assertThat(buckets(byDepartment, "complaint-rate")).extracting(b -> b.get("group"))
                .containsExactly("dept-sales");
        Map<String, Object> sla = metric("dept-worker", "/api/metrics/complaint-sla?from=2011-05&to=2011-05");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> months = (List<Map<String, Object>>) sla.get("months");
        assertThat(months).singleElement().extracting(m -> ((List<?>) m.get("departments")).stream()
                        .map(d -> ((Map<?, ?>) d).get("departmentId")).toList())
                .isEqualTo(List.of("dept-sales"));
    }

    @Test
    void a_metric_asked_for_a_unit_outside_the_scope_is_refused_naming_the_parameter() {
        outOfScope("sub1-worker", "/api/metrics/complaint-rate?subsidiaryId=" + SUB2 + "&" + MONTH, "subsidiaryId");
        outOfScope("sub1-worker", "/api/metrics/on-time-completion?subsidiaryId=" + SUB2 + "&" + MONTH,
                "subsidiaryId");
        outOfScope("dept-worker", "/api/metrics/satisfaction-trend?departmentId=dept-ops&" + MONTH, "departmentId");
        outOfScope("sub1-worker", "/api/metrics/complaint-sla?from=2011-05&to=2011-05&subsidiary=" + SUB2,
                "subsidiary");
        // before any stream starts
        outOfScope("sub1-worker", "/api/metrics/complaint-rate/live?subsidiaryId=" + SUB2 + "&" + MONTH,
                "subsidiaryId");
        outOfScope("sub1-worker", "/api/metrics/complaint-sla/live?from=2011-05&to=2011-05&subsidiary=" + SUB2,
                "subsidiary");
    }

    @Test
    void a_report_on_a_unit_outside_the_scope_is_refused_and_one_partly_inside_counts_the_scope() {
        outOfScope("sub1-worker", "/api/reports/units/" + SUB2 + "?period=month&at=2011-05", "subsidiaryId");
        outOfScope("dept-worker", "/api/reports/units/" + SUB1 + "?period=month&at=2011-05&departmentId=dept-ops",
                "departmentId");

        Map<String, Object> report = metric("dept-worker", "/api/reports/units/" + SUB1 + "?period=month&at=2011-05");
        assertThat(figure(report, "complaint-rate", "valid complaints")).isEqualTo(1);
        assertThat((List<?>) report.get("notes")).anySatisfy(note -> assertThat(note.toString()).startsWith("scope:"));
        assertThat(figure(metric("sub1-worker", "/api/reports/units/" + SUB1 + "?period=month&at=2011-05"),
                "complaint-rate", "valid complaints")).isEqualTo(2);
    }

    /** A staff member is a person of the directory: outside the scope, unknown, as the directory answers. */
    @Test
    void a_report_on_staff_outside_the_scope_answers_as_for_an_unknown_staff_member() {
        assertThat(notFound("sub1-worker", "/api/reports/staff/", staffOut, "?period=month&at=2011-05"))
                .isEqualTo(notFound("sub1-worker", "/api/reports/staff/", "staff-" + UUID.randomUUID(),
                        "?period=month&at=2011-05"));
        read("sub1-worker", "/api/reports/staff/" + staffIn + "?period=month&at=2011-05").expectStatus().isOk();
        read("tester", "/api/reports/staff/" + staffOut + "?period=month&at=2011-05").expectStatus().isOk();
    }

    /**
     * A live stream of a case outside the scope behaves as one of a case not there yet: open, heartbeats only. A 404
     * would tell the two apart (a stream of an unknown id waits for the case), so it would reveal the case exists.
     */
    @Test
    void a_live_stream_of_a_case_outside_the_scope_sends_nothing_as_for_an_unknown_case() {
        StepVerifier.create(stream("sub1-worker", "/api/complaints/" + sales2 + "/live").take(2))
                .assertNext(event -> assertThat(event.comment()).isEqualTo("heartbeat"))
                .assertNext(event -> assertThat(event.comment()).isEqualTo("heartbeat"))
                .verifyComplete();
        StepVerifier.create(stream("sub1-worker", "/api/complaints/" + sales1 + "/live")
                        .filter(event -> event.data() != null).take(1))
                .assertNext(event -> assertThat(event.data()).containsEntry("complaintId", sales1))
                .verifyComplete();
    }

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private List<Object> complaintIds(String user, String filters) {
        Map<String, Object> page = read(user, "/api/complaints?" + RECEIVED_IN_MAY + filters).expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items.stream().map(item -> item.get("complaintId")).toList();
    }

    private WebTestClient.ResponseSpec read(String user, String uri) {
        return api.as(user).get().uri(uri).exchange();
    }

    /** The 404 problem, with the id asked for replaced, so that two answers compare whole. */
    private Map<String, Object> notFound(String user, String path, String id) {
        return notFound(user, path, id, "");
    }

    private Map<String, Object> notFound(String user, String path, String id, String query) {
        String body = read(user, path + id + query).expectStatus().isNotFound().expectBody(String.class).returnResult()
                .getResponseBody();
        return Map.of("status", HttpStatus.NOT_FOUND.value(), "body", body.replace(id, "<id>"));
    }

    private void outOfScope(String user, String uri, String parameter) {
        read(user, uri).expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-scope")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    private Map<String, Object> metric(String user, String uri) {
        return read(user, uri).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    /** The one monthly bucket of May 2011. */
    private Map<String, Object> complaintRate(String user, String filters) {
        return buckets(metric(user, "/api/metrics/complaint-rate?" + MONTH + filters), "complaint-rate").getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> buckets(Map<String, Object> report, String series) {
        return ((List<Map<String, Object>>) report.get("series")).stream()
                .filter(s -> series.equals(s.get("name")))
                .flatMap(s -> ((List<Map<String, Object>>) s.get("buckets")).stream())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Object figure(Map<String, Object> report, String section, String name) {
        return ((List<Map<String, Object>>) report.get("figures")).stream()
                .filter(f -> section.equals(f.get("section")) && name.equals(f.get("figure")))
                .map(f -> f.get("value")).findFirst().orElseThrow();
    }

    private reactor.core.publisher.Flux<ServerSentEvent<Map<String, Object>>> stream(String user, String uri) {
        return api.as(user).get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                })
                .getResponseBody();
    }

    private static ServiceRequestStory request(String id, String subsidiary, String department) {
        return ServiceRequestStory.of(id, new ServiceRequestReceived(id, Channel.HOTLINE, ServiceRequestEvents.CUSTOMER,
                ServiceCategory.INFORMATION, "Opening hours of the weighbridge",
                new ServiceRequestTarget(subsidiary, department, "billing"), MAY, ComplaintEvents.SHANGHAI,
                "sr-policy-v1", MAY.plus(Duration.ofMinutes(30))));
    }

    private void publish(String type, String id, Object event) {
        List<EventMessage<?>> messages = List.of(new GenericDomainEventMessage<>(type, id, 0, event));
        complaints.eventStore().publish(messages);
    }
}
