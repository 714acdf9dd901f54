package com.serviceledger.query.servicerequest;

import static com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget.DELIVERY;
import static com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget.FIRST_RESPONSE;
import static com.serviceledger.query.support.ServiceRequestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestStory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@QuerySideTest
class ServiceRequestViewTest {

    /** 00:30 local on 1 April 2026 in Shanghai, still 31 March in UTC. */
    static final Instant RECEIVED = Instant.parse("2026-03-31T16:30:00Z");

    private final ServiceRequestEventLog log;
    private final Api api;

    ServiceRequestViewTest(ServiceRequestEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    static String newSubsidiary() {
        return "SUB-" + UUID.randomUUID();
    }

    /**
     * Materials asked for once, a delay announced in time, a delivery rejected, a breach at the agreed due
     * time, a late announcement after it, a second delivery accepted, surveyed and closed.
     */
    static ServiceRequestStory reworkedAndLate(String id, String subsidiary) {
        Instant responseDue = RECEIVED.plus(Duration.ofMinutes(30));
        Instant original = RECEIVED.plus(Duration.ofDays(3));
        Instant agreed = RECEIVED.plus(Duration.ofDays(4));
        return ServiceRequestStory.of(id,
                received(id, subsidiary, ServiceCategory.BUSINESS_ASSISTANCE, Channel.ON_SITE,
                        "Open a weighbridge account for a new haulier", RECEIVED),
                warning(id, FIRST_RESPONSE, 50, responseDue, RECEIVED.plus(Duration.ofMinutes(15))),
                materialsRequested(id, RECEIVED.plus(Duration.ofMinutes(20)), "licence copy", "authorisation letter"),
                firstResponse(id, FirstResponseAct.MATERIALS_REQUEST, RECEIVED.plus(Duration.ofMinutes(20)), RECEIVED),
                materialsReceived(id, RECEIVED.plus(Duration.ofDays(1))),
                assigned(id, RECEIVED.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))),
                assessed(id, RECEIVED.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))),
                planned(id, RECEIVED.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), original),
                progress(id, RECEIVED.plus(Duration.ofDays(2))),
                delay(id, original.minus(Duration.ofMinutes(1)), original, agreed),
                delivered(id, original.plus(Duration.ofHours(5)), original, agreed),
                rejected(id, original.plus(Duration.ofHours(6))),
                progress(id, original.plus(Duration.ofHours(8))),
                breached(id, DELIVERY, agreed),
                delay(id, agreed.plus(Duration.ofMinutes(1)), agreed, agreed.plus(Duration.ofDays(1))),
                delivered(id, agreed.plus(Duration.ofHours(3)), original, agreed),
                accepted(id, agreed.plus(Duration.ofHours(4))),
                satisfaction(id, 3, agreed.plus(Duration.ofHours(5))),
                closed(id, agreed.plus(Duration.ofHours(6))));
    }

    @Test
    void a_reworked_request_shows_every_step_both_due_times_both_verdicts_and_no_customer_identity() {
        String id = newRequestId();
        log.appendAndAwait(reworkedAndLate(id, newSubsidiary()));

        api.get("/api/service-requests/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.category").isEqualTo("BUSINESS_ASSISTANCE")
                .jsonPath("$.channel").isEqualTo("ON_SITE")
                .jsonPath("$.departmentId").isEqualTo("DEP-SALES")
                .jsonPath("$.postId").isEqualTo("POST-BILLING")
                .jsonPath("$.ownerId").isEqualTo("CLERK-3")
                .jsonPath("$.assigneeId").isEqualTo("AGENT-7")
                .jsonPath("$.receivedMonth").isEqualTo("2026-04")
                .jsonPath("$.policyVersion").isEqualTo("sr-policy-v1")
                .jsonPath("$.customerId").isEqualTo("CUS-FIXTURE-SR")
                .jsonPath("$.customer.customerId").isEqualTo("CUS-FIXTURE-SR")
                .jsonPath("$.materialsRequested").isEqualTo(true)
                .jsonPath("$.missingItems.length()").isEqualTo(2)
                .jsonPath("$.materialsReceivedAt").isEqualTo("2026-04-01T16:30:00Z")
                .jsonPath("$.firstResponseAct").isEqualTo("MATERIALS_REQUEST")
                .jsonPath("$.sla.firstResponse.dueAt").isEqualTo("2026-03-31T17:00:00Z")
                .jsonPath("$.sla.firstResponse.metAt").isEqualTo("2026-03-31T16:50:00Z")
                .jsonPath("$.sla.firstResponse.onTime").isEqualTo(true)
                // met at 16:50 UTC on 31 March: 00:50 on 1 April in Shanghai, so April
                .jsonPath("$.sla.firstResponse.settledDate").isEqualTo("2026-04-01")
                .jsonPath("$.sla.firstResponse.settledMonth").isEqualTo("2026-04")
                .jsonPath("$.sla.firstResponse.warnings").isEqualTo(1)
                .jsonPath("$.sla.firstResponse.breached").isEqualTo(false)
                .jsonPath("$.assignedAt").isEqualTo("2026-04-01T17:30:00Z")
                .jsonPath("$.assessedAt").isEqualTo("2026-04-01T18:30:00Z")
                .jsonPath("$.plannedAt").isEqualTo("2026-04-01T19:30:00Z")
                .jsonPath("$.originalDueAt").isEqualTo("2026-04-03T16:30:00Z")
                .jsonPath("$.agreedDueAt").isEqualTo("2026-04-04T16:30:00Z")
                .jsonPath("$.progressReports").isEqualTo(2)
                .jsonPath("$.delaysAnnouncedInTime").isEqualTo(1)
                .jsonPath("$.delaysAnnouncedLate").isEqualTo(1)
                .jsonPath("$.deliveryCount").isEqualTo(2)
                .jsonPath("$.firstDeliveredAt").isEqualTo("2026-04-03T21:30:00Z")
                .jsonPath("$.deliveredAt").isEqualTo("2026-04-04T19:30:00Z")
                .jsonPath("$.deliveredOnTimeAgainstOriginal").isEqualTo(false)
                .jsonPath("$.deliveredOnTimeAgainstAgreed").isEqualTo(false)
                .jsonPath("$.sla.delivery.dueAt").isEqualTo("2026-04-04T16:30:00Z")
                .jsonPath("$.sla.delivery.breached").isEqualTo(true)
                .jsonPath("$.sla.delivery.onTime").isEqualTo(false)
                .jsonPath("$.rejectionCount").isEqualTo(1)
                .jsonPath("$.lastRejectionReasons[0]").isEqualTo("wrong account type")
                .jsonPath("$.acceptedAt").isEqualTo("2026-04-04T20:30:00Z")
                .jsonPath("$.satisfaction").isEqualTo(3)
                .jsonPath("$.surveyedAt").isEqualTo("2026-04-04T21:30:00Z")
                .jsonPath("$.surveyedMonth").isEqualTo("2026-04")
                .jsonPath("$.closedAt").isEqualTo("2026-04-04T22:30:00Z")
                .jsonPath("$.lastSequence").isEqualTo(18);
        String body = new String(api.get("/api/service-requests/" + id).expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(body).doesNotContain(CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE);
    }

    @Test
    void a_delivery_after_a_delay_announced_in_time_is_on_time_against_the_agreed_but_late_against_the_original() {
        String id = newRequestId();
        Instant original = RECEIVED.plus(Duration.ofDays(2));
        Instant agreed = RECEIVED.plus(Duration.ofDays(3));
        log.appendAndAwait(ServiceRequestStory.of(id,
                received(id, newSubsidiary(), ServiceCategory.SPECIAL_NEED, Channel.HOTLINE,
                        "Wheelchair access at the loading gate", RECEIVED),
                assigned(id, RECEIVED.plus(Duration.ofMinutes(40))),
                firstResponse(id, FirstResponseAct.ASSIGNMENT, RECEIVED.plus(Duration.ofMinutes(40)), RECEIVED),
                assessed(id, RECEIVED.plus(Duration.ofHours(1))),
                planned(id, RECEIVED.plus(Duration.ofHours(2)), original),
                delay(id, original.minus(Duration.ofHours(1)), original, agreed),
                delivered(id, original.plus(Duration.ofHours(2)), original, agreed),
                accepted(id, original.plus(Duration.ofHours(3)))));

        api.get("/api/service-requests/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ACCEPTED")
                .jsonPath("$.firstResponseAct").isEqualTo("ASSIGNMENT")
                .jsonPath("$.sla.firstResponse.onTime").isEqualTo(false)
                .jsonPath("$.materialsRequested").isEqualTo(false)
                .jsonPath("$.deliveredOnTimeAgainstOriginal").isEqualTo(false)
                .jsonPath("$.deliveredOnTimeAgainstAgreed").isEqualTo(true)
                .jsonPath("$.sla.delivery.onTime").isEqualTo(true)
                .jsonPath("$.sla.delivery.breached").isEqualTo(false)
                .jsonPath("$.rejectionCount").isEqualTo(0);
    }

    @Test
    void search_filters_by_unit_category_channel_status_time_and_text() {
        String subsidiary = newSubsidiary();
        String closed = newRequestId();
        String open = newRequestId();
        String information = newRequestId();
        log.appendAndAwait(reworkedAndLate(closed, subsidiary),
                ServiceRequestStory.of(open, received(open, subsidiary, ServiceCategory.BUSINESS_ASSISTANCE,
                        Channel.WECHAT, "Replace a lost weighbridge card", RECEIVED.plus(Duration.ofDays(10)))),
                ServiceRequestStory.of(information, received(information, subsidiary, ServiceCategory.INFORMATION,
                        Channel.HOTLINE, "Opening hours of the billing window", RECEIVED.minus(Duration.ofDays(10)))));

        api.get("/api/service-requests?subsidiary=" + subsidiary).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[0].requestId").isEqualTo(open);
        api.get("/api/service-requests?subsidiary=" + subsidiary + "&category=business_assistance&status=CLOSED")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].requestId").isEqualTo(closed);
        api.get("/api/service-requests?subsidiary=" + subsidiary + "&channel=HOTLINE&department=DEP-SALES"
                        + "&post=POST-BILLING").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].requestId").isEqualTo(information);
        api.get("/api/service-requests?subsidiary=" + subsidiary + "&from=2026-03-25&to=2026-04-05")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].requestId").isEqualTo(closed);
        api.get("/api/service-requests?subsidiary=" + subsidiary + "&q=weighbridge card")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].requestId").isEqualTo(open);
        api.get("/api/service-requests?subsidiary=" + subsidiary + "&size=2&page=1")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].requestId").isEqualTo(information);
    }

    @Test
    void bad_search_parameters_are_400_problems_naming_the_parameter() {
        badParameter("category=GOSSIP", "category");
        badParameter("status=LOST", "status");
        badParameter("channel=FAX", "channel");
        badParameter("size=0", "size");
        badParameter("page=-1", "page");
        badParameter("from=yesterday", "from");
        badParameter("from=2026-04-02&to=2026-04-01", "from");
    }

    @Test
    void an_unknown_request_is_a_404_problem() {
        api.get("/api/service-requests/SRQ-unknown").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void badParameter(String query, String parameter) {
        api.get("/api/service-requests?" + query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
    }
}
