package com.serviceledger.query.privacy;

import static com.serviceledger.query.support.ComplaintEvents.callback;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.handlerNamed;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssessed;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestEvents;
import com.serviceledger.query.support.ServiceRequestStory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/**
 * Views hold only the customer id; the API adds the masks from the vault at read time, so an erasure shows
 * at once everywhere and leaves every metric as it was.
 */
@QuerySideTest
class CustomerMasksTest {

    private static final Instant T = Instant.parse("2026-03-10T01:00:00Z");

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog requests;
    private final JdbcCustomerVault vault;
    private final ElasticsearchClient elasticsearch;
    private final Api api;

    CustomerMasksTest(ComplaintEventLog complaints, ServiceRequestEventLog requests, JdbcCustomerVault vault,
                      ElasticsearchClient elasticsearch, Api api) {
        this.complaints = complaints;
        this.requests = requests;
        this.vault = vault;
        this.elasticsearch = elasticsearch;
        this.api = api;
    }

    @Test
    void the_api_shows_masks_from_the_vault_while_the_index_holds_only_the_customer_id() throws IOException {
        String id = newComplaintId();
        String subsidiary = newSubsidiary();
        String phone = uniquePhone();
        ProtectedContact customer = vault.protect(new CustomerContact("张三", phone, "zhang.san@example.com"),
                new CaseRef("Complaint", id), subsidiary);
        complaints.appendAndAwait(ComplaintStory.of(id, received(id, subsidiary, T).customer(customer).event()));

        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.customerId").isEqualTo(customer.customerId())
                .jsonPath("$.customer.customerId").isEqualTo(customer.customerId())
                .jsonPath("$.customer.name").isEqualTo("张*")
                .jsonPath("$.customer.phone").isEqualTo(masked)
                .jsonPath("$.customer.email").isEqualTo("z***@example.com")
                .jsonPath("$.customer.erased").isEqualTo(false);
        api.get("/api/complaints?subsidiary=" + subsidiary).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].complaintId").isEqualTo(id)
                .jsonPath("$.items[0].customer.phone").isEqualTo(masked);

        @SuppressWarnings("unchecked")
        Map<String, Object> stored = elasticsearch.get(g -> g.index("sq-complaints").id(id), Map.class).source();
        assertThat(stored).containsEntry("customerId", (Object) customer.customerId())
                .doesNotContainKeys("customer", "customerPhoneMasked");
        assertThat(String.valueOf(stored)).doesNotContain("张", phone, phone.substring(3), "****", "example.com",
                "z***");
    }

    @Test
    void personal_data_typed_into_free_text_shows_masked_in_the_view_and_the_history_and_not_at_all_after_erasure()
            throws IOException {
        String id = newComplaintId();
        String subsidiary = newSubsidiary();
        String inText = uniquePhone();
        ProtectedContact customer = vault.protect(new CustomerContact("王五", uniquePhone(), null),
                new CaseRef("Complaint", id), subsidiary);
        String content = vault.protectText("Call " + inText + " or wang." + inText + "@example.com, ID 11010519491231002X",
                customer.customerId(), subsidiary);
        String demand = vault.protectText("Ring " + inText, customer.customerId(), subsidiary);
        complaints.appendAndAwait(ComplaintStory.of(id,
                received(id, subsidiary, T).customer(customer).saying(content, demand).event()));

        String masked = inText.substring(0, 3) + "****" + inText.substring(7);
        String maskedContent = "Call " + masked + " or w***@example.com, ID 1101**********002X";
        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.content").isEqualTo(maskedContent)
                .jsonPath("$.demand").isEqualTo("Ring " + masked);
        api.get("/api/complaints?subsidiary=" + subsidiary).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].content").isEqualTo(maskedContent);
        // a case not in the history yet is a 404
        Awaitility.await().atMost(ComplaintEventLog.PATIENCE).ignoreExceptions().until(() ->
                ((Number) api.json("/api/history?aggregateId=" + id).get("total")).intValue() == 1);
        api.get("/api/history?aggregateId=" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].payload.content").isEqualTo(maskedContent);

        // the index holds the sealed tokens: neither the values nor their masks
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = elasticsearch.get(g -> g.index("sq-complaints").id(id), Map.class).source();
        assertThat(String.valueOf(stored)).contains("{pii:" + customer.customerId() + ":phone:")
                .doesNotContain(inText.substring(0, 7), inText.substring(4), masked, "example.com", "11010519", "002X");

        vault.erase(customer.customerId(), "admin-1");
        String erased = "Call [phone erased] or [email erased], ID [id-card erased]";
        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.content").isEqualTo(erased);
        api.get("/api/history?aggregateId=" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].payload.content").isEqualTo(erased);
    }

    @Test
    void the_service_requests_missing_items_assessment_and_plan_show_masked_and_not_at_all_after_erasure()
            throws IOException {
        String id = ServiceRequestEvents.newRequestId();
        String subsidiary = newSubsidiary();
        String inText = uniquePhone();
        ProtectedContact customer = vault.protect(new CustomerContact("孙七", uniquePhone(), null),
                new CaseRef("ServiceRequest", id), subsidiary);
        UnaryOperator<String> sealed = text ->
                vault.protectText(text, customer.customerId(), subsidiary);
        var received = ServiceRequestEvents.received(id, subsidiary, ServiceCategory.BUSINESS_ASSISTANCE,
                Channel.HOTLINE, "open an account", T);
        requests.appendAndAwait(ServiceRequestStory.of(id,
                new com.serviceledger.kernel.servicerequest.ServiceRequestReceived(id, received.channel(), customer,
                        received.category(), received.description(), received.target(), received.receivedAt(),
                        received.timeZone(), received.policyVersion(), received.responseDueAt()),
                ServiceRequestEvents.materialsRequested(id, T.plusSeconds(60),
                        sealed.apply("licence copy, ask " + inText),
                        sealed.apply("mail sun." + inText + "@example.com")),
                ServiceRequestEvents.firstResponse(id, FirstResponseAct.MATERIALS_REQUEST, T.plusSeconds(60), T),
                ServiceRequestEvents.materialsReceived(id, T.plusSeconds(120)),
                ServiceRequestEvents.assigned(id, T.plusSeconds(180)),
                new ServiceRequestAssessed(id, sealed.apply("account for ID 11010519491231002X"), Difficulty.MEDIUM,
                        sealed.apply("call back on " + inText), T.plusSeconds(240)),
                new ServicePlanned(id, sealed.apply("account opened, confirmed to sun." + inText + "@example.com"),
                        List.of(sealed.apply("check documents"), sealed.apply("ring " + inText)), "CLERK-3",
                        T.plusSeconds(86400), T.plusSeconds(300), "sr-policy-v1")));

        String masked = inText.substring(0, 3) + "****" + inText.substring(7);
        api.get("/api/service-requests/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.missingItems[0]").isEqualTo("licence copy, ask " + masked)
                .jsonPath("$.missingItems[1]").isEqualTo("mail s***@example.com")
                .jsonPath("$.nature").isEqualTo("account for ID 1101**********002X")
                .jsonPath("$.resources").isEqualTo("call back on " + masked)
                .jsonPath("$.goal").isEqualTo("account opened, confirmed to s***@example.com")
                .jsonPath("$.steps[0]").isEqualTo("check documents")
                .jsonPath("$.steps[1]").isEqualTo("ring " + masked);
        api.get("/api/service-requests?subsidiary=" + subsidiary).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].requestId").isEqualTo(id)
                .jsonPath("$.items[0].steps[1]").isEqualTo("ring " + masked)
                .jsonPath("$.items[0].nature").isEqualTo("account for ID 1101**********002X");

        // the index holds the sealed tokens: neither the values nor their masks
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = elasticsearch.get(g -> g.index("sq-service-requests").id(id), Map.class)
                .source();
        assertThat(String.valueOf(stored)).contains("{pii:" + customer.customerId() + ":phone:",
                        "{pii:" + customer.customerId() + ":email:", "{pii:" + customer.customerId() + ":id-card:")
                .doesNotContain(inText.substring(0, 7), inText.substring(4), masked, "example.com", "11010519",
                        "002X");

        vault.erase(customer.customerId(), "admin-1");
        api.get("/api/service-requests/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.missingItems[0]").isEqualTo("licence copy, ask [phone erased]")
                .jsonPath("$.missingItems[1]").isEqualTo("mail [email erased]")
                .jsonPath("$.nature").isEqualTo("account for ID [id-card erased]")
                .jsonPath("$.resources").isEqualTo("call back on [phone erased]")
                .jsonPath("$.goal").isEqualTo("account opened, confirmed to [email erased]")
                .jsonPath("$.steps[1]").isEqualTo("ring [phone erased]");
    }

    @Test
    void an_erasure_shows_at_once_in_every_case_and_changes_no_metric() throws IOException {
        String complaintId = newComplaintId();
        String requestId = ServiceRequestEvents.newRequestId();
        String subsidiary = newSubsidiary();
        String phone = uniquePhone();
        ProtectedContact onComplaint = vault.protect(new CustomerContact("李四", phone, null),
                new CaseRef("Complaint", complaintId), subsidiary);
        ProtectedContact onRequest = vault.protect(new CustomerContact("李四", phone, null),
                new CaseRef("ServiceRequest", requestId), subsidiary);
        assertThat(onRequest.customerId()).isEqualTo(onComplaint.customerId());
        String customerId = onComplaint.customerId();

        ComplaintStory complaint = ComplaintStory.of(complaintId,
                received(complaintId, subsidiary, T).customer(onComplaint).event(),
                forwarded(complaintId, "DEP-X", T.plusSeconds(300)),
                contacted(complaintId, T.plusSeconds(600), true, true),
                handlerNamed(complaintId, T.plusSeconds(900)),
                resolved(complaintId, T.plusSeconds(3600), true, T.plusSeconds(36000)),
                callback(complaintId, T.plusSeconds(7200), true, true));
        var receivedRequest = ServiceRequestEvents.received(requestId, subsidiary, ServiceCategory.BUSINESS_ASSISTANCE,
                Channel.HOTLINE, "open an account", T.plusSeconds(60));
        ServiceRequestStory request = ServiceRequestStory.of(requestId, new com.serviceledger.kernel.servicerequest
                .ServiceRequestReceived(requestId, receivedRequest.channel(), onRequest, receivedRequest.category(),
                receivedRequest.description(), receivedRequest.target(), receivedRequest.receivedAt(),
                receivedRequest.timeZone(), receivedRequest.policyVersion(), receivedRequest.responseDueAt()));
        complaints.appendAndAwait(complaint);
        requests.appendAndAwait(request);
        elasticsearch.indices().refresh(r -> r.index("sq-*"));
        List<String> metrics = List.of(
                "/api/metrics/complaint-rate?from=2026-03&to=2026-04&subsidiaryId=" + subsidiary,
                "/api/metrics/on-time-completion?from=2026-03&to=2026-04&subsidiaryId=" + subsidiary,
                "/api/metrics/satisfaction-trend?from=2026-03&to=2026-04&subsidiaryId=" + subsidiary);
        Map<String, String> before = metrics.stream().collect(Collectors.toMap(uri -> uri, this::body));
        assertThat(before.get(metrics.get(0))).contains("\"numerator\":1");

        // what the erasure does: every case records it, then the vault forgets the key
        Instant erasedAt = T.plus(Duration.ofDays(30));
        complaints.eventStore().publish(
                new GenericDomainEventMessage<>("Complaint", complaintId, complaint.lastSequence() + 1,
                        new CustomerErased(complaintId, customerId, erasedAt, "customer asked"),
                        MetaData.with(MetadataKeys.PRINCIPAL, "admin-1")),
                new GenericDomainEventMessage<>("ServiceRequest", requestId, request.lastSequence() + 1,
                        new CustomerErased(requestId, customerId, erasedAt, "customer asked"),
                        MetaData.with(MetadataKeys.PRINCIPAL, "admin-1")));
        vault.erase(customerId, "admin-1");
        // a case not in the history yet is a 404
        Awaitility.await().atMost(ComplaintEventLog.PATIENCE).ignoreExceptions().until(() ->
                Boolean.TRUE.equals(api.json("/api/complaints/" + complaintId).get("customerErased"))
                        && Boolean.TRUE.equals(api.json("/api/service-requests/" + requestId).get("customerErased")));
        elasticsearch.indices().refresh(r -> r.index("sq-*"));

        for (String uri : List.of("/api/complaints/" + complaintId, "/api/service-requests/" + requestId)) {
            api.get(uri).expectStatus().isOk().expectBody()
                    .jsonPath("$.customer.customerId").isEqualTo(customerId)
                    .jsonPath("$.customer.erased").isEqualTo(true)
                    .jsonPath("$.customer.name").doesNotExist()
                    .jsonPath("$.customer.phone").doesNotExist();
        }
        assertThatThrownBy(() -> vault.reveal(onComplaint)).isInstanceOf(ContactErased.class);
        metrics.forEach(uri -> assertThat(body(uri)).as(uri).isEqualTo(before.get(uri)));
    }

    private String body(String uri) {
        return new String(api.get(uri).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** 11 digits, unique enough that no other test's customer shares it. */
    private static String uniquePhone() {
        return "13" + IntStream.range(0, 9).mapToObj(i -> String.valueOf(ThreadLocalRandom.current().nextInt(10)))
                .collect(Collectors.joining());
    }
}
