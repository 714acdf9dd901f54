package com.serviceledger.command.api;

import static com.serviceledger.command.api.CustomerCases.receiveComplaint;
import static com.serviceledger.command.api.CustomerCases.receiveServiceRequest;
import static com.serviceledger.command.api.CustomerCases.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.servicerequest.MaterialsRequested;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssessed;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.platform.privacy.Fingerprints;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Customer personal data over the real command API and database: only ciphertext in the event store, one
 * customer across cases, recorded clear reads, and erasure by crypto-shredding.
 */
abstract class CustomerPrivacyApiContract {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcCustomerVault vault;
    @Autowired
    Fingerprints fingerprints;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                .build();
    }

    @Test
    void theEventStoreHoldsNoNameNoPhoneAndNoEmailOnlyTokensAndOneCustomerPerPhone() {
        String phone = uniquePhone();
        String email = "zhang." + phone + "@example.com";
        String first = receiveComplaint(http, "张三丰", phone, email);
        // the same phone written differently is the same person
        String second = receiveComplaint(http, "张三丰", phone.substring(0, 3) + "-" + phone.substring(3), null);
        String other = receiveComplaint(http, "李四", uniquePhone(), null);

        String store = String.join("\n", jdbc.query("SELECT payload FROM domainevententry",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)));
        assertThat(store).doesNotContain("张三丰", email, "zhang.", phone);
        // no run of 7 of its digits either (shorter runs occur by chance in ids and timestamps)
        for (int i = 0; i + 7 <= phone.length(); i++) {
            assertThat(store).doesNotContain(phone.substring(i, i + 7));
        }
        ProtectedContact customer = received(first);
        assertThat(customer.name()).startsWith("pii:v1:");
        assertThat(customer.phone()).startsWith("pii:v1:");
        assertThat(customer.email()).startsWith("pii:v1:");
        // not even the mask or a 4-digit piece of the phone is in the event's customer
        String tokens = customer.name() + customer.phone() + customer.email();
        for (int i = 0; i + 4 <= phone.length(); i++) {
            assertThat(tokens).doesNotContain(phone.substring(i, i + 4));
        }
        assertThat(received(second).customerId()).isEqualTo(customer.customerId());
        assertThat(received(other).customerId()).isNotEqualTo(customer.customerId());
    }

    @Test
    void aDisclosureReturnsTheClearContactAndIsRecordedInTheCaseWithWhoAndWhy() {
        String phone = uniquePhone();
        String id = receiveComplaint(http, "王五", phone, "wang@example.com");

        disclose("complaints", id, "{\"purpose\":\"call back about the refund\"}").expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(received(id).customerId())
                .jsonPath("$.name").isEqualTo("王五")
                .jsonPath("$.phone").isEqualTo("+86" + phone) // stored and disclosed in E.164
                .jsonPath("$.email").isEqualTo("wang@example.com");

        DomainEventMessage<?> last = events(id).getLast();
        assertThat(last.getPayload()).isEqualTo(new CustomerContactDisclosed(id, received(id).customerId(),
                "call back about the refund", ((CustomerContactDisclosed) last.getPayload()).disclosedAt()));
        assertThat(last.getMetaData()).containsEntry("principal", "tester");
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = 1", byte[].class, id), StandardCharsets.UTF_8)).doesNotContain(phone, "王五");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhoneWithCountryCodeAndOneWithoutAreOneCustomerAndOneErasure() {
        String phone = uniquePhone();
        String typed = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
        String first = receiveComplaint(http, "钱七", typed, null);
        String second = receiveComplaint(http, "钱七", phone, "Qian." + phone + "@Example.com");
        String customerId = received(first).customerId();
        assertThat(received(second).customerId()).isEqualTo(customerId);
        assertThat(vault.reveal(received(first)).phone()).isEqualTo("+86" + phone);
        // e-mails are stored and printed lower-cased
        assertThat(vault.reveal(received(second)).email()).isEqualTo("qian." + phone + "@example.com");
        assertThat(vault.customerByEmail("qian." + phone + "@example.com")).contains(customerId);

        Map<?, ?> receipt = erase("{\"phone\":\"" + phone + "\",\"reason\":\"the customer asked\"}")
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(receipt.get("customerId")).isEqualTo(customerId);
        assertThat((List<Object>) receipt.get("cases")).containsExactlyInAnyOrder(first, second);
        erase("{\"phone\":\"" + typed + "\",\"reason\":\"again\"}").expectStatus().isNotFound();
    }

    @Test
    void aCustomerFingerprintedBeforePhonesWereParsedIsFoundByTheDigitsTheyTypedThen() {
        String phone = uniquePhone();
        String old = receiveComplaint(http, "孙八", phone, null);
        String customerId = received(old).customerId();
        // as the vault printed phones before: the digits as typed
        jdbc.update("UPDATE customer_fingerprint SET fingerprint = ? WHERE customer_id = ?", fingerprints.ofPhone(phone),
                customerId);

        String later = receiveComplaint(http, "孙八", "+86 " + phone, null);
        assertThat(received(later).customerId()).isEqualTo(customerId);
        // found through the old print, the customer now has the E.164 print as well
        assertThat(jdbc.queryForList("SELECT fingerprint FROM customer_fingerprint WHERE customer_id = ?", String.class,
                customerId)).containsExactlyInAnyOrder(fingerprints.ofPhone(phone), fingerprints.ofPhone("+86" + phone));
        assertThat(vault.customerByPhone(phone)).contains(customerId);
    }

    @Test
    void aPhoneThatIsNoValidNumberIsRefusedNamingTheFieldAndNothingIsStored() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":{"name":"周九","phone":"123-4567"},"content":"Invoice printed twice",
                         "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}""")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customer.phone");
    }

    /** A rating names no customer: what its comment says of a phone or an e-mail is not kept at all. */
    @Test
    void aRatingsCommentKeepsNoPhoneOrEmail() {
        String inText = uniquePhone();
        String ratingId = http.post().uri("/api/ratings").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"source":"PHONE_FOLLOW_UP","unit":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},
                         "score":2,"comment":"call me back on %s or mail li.%s@example.com"}""".formatted(inText, inText))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("ratingId").toString();
        String store = String.join("\n", jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), ratingId));
        assertThat(store).contains("call me back on {pii:phone} or mail {pii:email}").doesNotContain(inText);
    }

    @Test
    void phonesEmailsAndIdCardNumbersInFreeTextAreSealedUnderTheCustomersKeyAndErasedWithIt() {
        String phone = uniquePhone();
        String inText = uniquePhone();
        String email = "wu." + inText + "@example.com";
        String content = "Call me on " + inText.substring(0, 3) + " " + inText.substring(3, 7) + " " + inText.substring(7)
                + " or write to " + email + ", my ID card is " + ID_CARD + ".";
        String id = receiveComplaint(http, "吴十", phone, null, content);
        step("complaints", id, "dismiss", "{\"explanation\":\"Told the customer on " + inText + "\"}");

        String store = String.join("\n", jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        assertThat(store).doesNotContain(email, "wu.", ID_CARD, ID_CARD.substring(0, 10), ID_CARD.substring(8));
        for (int i = 0; i + 7 <= inText.length(); i++) {
            assertThat(store).doesNotContain(inText.substring(i, i + 7));
        }
        String customerId = received(id).customerId();
        String storedContent = ((ComplaintReceived) events(id).getFirst().getPayload()).content();
        assertThat(storedContent).startsWith("Call me on {pii:" + customerId + ":phone:").endsWith("}.");
        String masked = inText.substring(0, 3) + "****" + inText.substring(7);
        assertThat(vault.textMasks(List.of(customerId)).apply(storedContent)).isEqualTo("Call me on " + masked
                + " or write to w***@example.com, my ID card is 1101**********002X.");
        assertThat(vault.textMasks(List.of(customerId)).apply(
                ((ComplaintDismissed) events(id).get(1).getPayload()).explanation()))
                .isEqualTo("Told the customer on " + masked);

        erase("{\"customerId\":\"" + customerId + "\",\"reason\":\"the customer asked\"}").expectStatus().isOk();
        assertThat(vault.textMasks(List.of(customerId)).apply(storedContent))
                .isEqualTo("Call me on [phone erased] or write to [email erased], my ID card is [id-card erased].");
        // the case goes on after the erasure
        step("complaints", id, "archive", null);
        assertThat(events(id)).extracting(e -> e.getPayload().getClass().getSimpleName())
                .containsExactly("ComplaintReceived", "ComplaintDismissed", "CustomerErased", "ComplaintArchived");
    }

    @Test
    void theServiceRequestsMissingItemsAssessmentAndPlanAreSealedToo() {
        String inText = uniquePhone();
        String email = "qian." + inText + "@example.com";
        String spaced = inText.substring(0, 3) + " " + inText.substring(3, 7) + " " + inText.substring(7);
        String id = receiveServiceRequest(http, "钱八", uniquePhone());
        step("service-requests", id, "request-materials", "{\"missingItems\":[\"licence copy, ask " + spaced
                + "\",\"a letter to " + email + "\"]}");
        step("service-requests", id, "materials-received", null);
        step("service-requests", id, "assign", "{\"assigneeId\":\"agent-7\"}");
        step("service-requests", id, "assess", "{\"nature\":\"account for ID " + ID_CARD
                + "\",\"difficulty\":\"LOW\",\"resources\":\"call back on " + inText + "\"}");
        step("service-requests", id, "plan", "{\"goal\":\"Account open, confirmed to " + email
                + "\",\"steps\":[\"check documents\",\"ring " + inText + "\"],\"ownerId\":\"clerk-3\","
                + "\"dueAt\":\"2099-01-01T17:00:00+08:00\"}");

        String store = String.join("\n", jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        assertThat(store).contains("licence copy, ask {pii:", "check documents")
                .doesNotContain(email, "qian.", ID_CARD, ID_CARD.substring(0, 10), ID_CARD.substring(8));
        for (int i = 0; i + 7 <= inText.length(); i++) {
            assertThat(store).doesNotContain(inText.substring(i, i + 7));
        }
        String customerId = received(id).customerId();
        var masks = vault.textMasks(List.of(customerId));
        String masked = inText.substring(0, 3) + "****" + inText.substring(7);
        MaterialsRequested materials = payload(id, MaterialsRequested.class);
        assertThat(materials.missingItems()).map(masks)
                .containsExactly("licence copy, ask " + masked, "a letter to q***@example.com");
        ServiceRequestAssessed assessed = payload(id, ServiceRequestAssessed.class);
        assertThat(masks.apply(assessed.nature())).isEqualTo("account for ID 1101**********002X");
        assertThat(masks.apply(assessed.resources())).isEqualTo("call back on " + masked);
        ServicePlanned planned = payload(id, ServicePlanned.class);
        assertThat(masks.apply(planned.goal())).isEqualTo("Account open, confirmed to q***@example.com");
        assertThat(planned.steps()).map(masks).containsExactly("check documents", "ring " + masked);

        erase("{\"customerId\":\"" + customerId + "\",\"reason\":\"the customer asked\"}").expectStatus().isOk();
        var afterErasure = vault.textMasks(List.of(customerId));
        assertThat(materials.missingItems()).map(afterErasure)
                .containsExactly("licence copy, ask [phone erased]", "a letter to [email erased]");
        assertThat(afterErasure.apply(assessed.nature())).isEqualTo("account for ID [id-card erased]");
        assertThat(afterErasure.apply(planned.goal())).isEqualTo("Account open, confirmed to [email erased]");
    }

    @Test
    void aDisclosureNeedsAPurposeAndAnExistingCase() {
        String id = receiveComplaint(http, "王五", uniquePhone(), null);
        disclose("complaints", id, "{\"purpose\":\"x\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("purpose");
        disclose("complaints", id, "{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("purpose");
        assertThat(events(id)).hasSize(1);
        disclose("complaints", "CMP-unknown-" + uniquePhone(), "{\"purpose\":\"call back\"}").expectStatus()
                .isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void erasureShredsTheCustomerInEveryCaseArchivedTooAndCanBeRepeated() {
        String phone = uniquePhone();
        String archived = receiveComplaint(http, "赵六", phone, "zhao@example.com");
        step("complaints", archived, "dismiss", "{\"explanation\":\"unfounded\"}");
        step("complaints", archived, "archive", null);
        String open = receiveComplaint(http, "赵六", phone, null);
        String request = receiveServiceRequest(http, "赵六", phone);
        String customerId = received(archived).customerId();
        ProtectedContact token = received(open);
        assertThat(received(request).customerId()).isEqualTo(customerId);

        Map<?, ?> receipt = erase("{\"phone\":\"" + phone + "\",\"reason\":\"the customer asked\"}")
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(receipt.get("customerId")).isEqualTo(customerId);
        assertThat((List<Object>) receipt.get("cases")).containsExactlyInAnyOrder(archived, open, request);
        assertThat(receipt.get("erasedAt")).isNotNull();

        for (String caseId : List.of(archived, open, request)) {
            DomainEventMessage<?> last = events(caseId).getLast();
            assertThat(last.getPayload()).isInstanceOf(CustomerErased.class);
            assertThat(((CustomerErased) last.getPayload()).reason()).isEqualTo("the customer asked");
            assertThat(last.getMetaData()).containsEntry("principal", "tester");
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM customer_vault WHERE customer_id = ?", customerId);
        assertThat(lower(row)).containsEntry("wrapped_key", null).containsEntry("name_mask", null).containsEntry("phone_mask", null)
                .containsEntry("email_mask", null).containsEntry("erased_by", "tester");
        assertThat(lower(row).get("erased_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_fingerprint WHERE customer_id = ?", Long.class,
                customerId)).isZero();
        assertThatThrownBy(() -> vault.reveal(token)).isInstanceOf(ContactErased.class);

        // no clear read any more, and no event for trying
        long before = events(open).size();
        disclose("complaints", open, "{\"purpose\":\"call back\"}").expectStatus().isEqualTo(410)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:customer-erased");
        disclose("service-requests", request, "{\"purpose\":\"call back\"}").expectStatus().isEqualTo(410);
        assertThat(events(open)).hasSize((int) before);

        // repeating the request (after a crash, or by mistake) changes nothing
        erase("{\"customerId\":\"" + customerId + "\",\"reason\":\"again\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.erasedAt").isEqualTo(receipt.get("erasedAt"));
        assertThat(events(open)).hasSize((int) before);
        // the phone is forgotten with the fingerprints
        erase("{\"phone\":\"" + phone + "\",\"reason\":\"again\"}").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anErasureNamesTheCustomerByExactlyOneIdentifier() {
        erase("{\"reason\":\"the customer asked\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        erase("{\"customerId\":\"CUS-1\",\"email\":\"a@example.com\",\"reason\":\"the customer asked\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        erase("{\"phone\":\"" + uniquePhone() + "\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        erase("{\"customerId\":\"CUS-nobody\",\"reason\":\"the customer asked\"}").expectStatus().isNotFound();
    }

    /** A valid resident ID-card number (check character X). */
    private static final String ID_CARD = "11010519491231002X";

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private void step(String kind, String id, String step, String body) {
        var request = http.post().uri("/api/{kind}/{id}/{step}", kind, id, step).contentType(MediaType.APPLICATION_JSON);
        (body == null ? request : request.bodyValue(body)).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec disclose(String kind, String id, String body) {
        return http.post().uri("/api/{kind}/{id}/customer-disclosures", kind, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec erase(String body) {
        return http.post().uri("/api/admin/customer-erasures").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }

    private <E> E payload(String id, Class<E> type) {
        return events(id).stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow();
    }

    private ProtectedContact received(String id) {
        Object first = events(id).getFirst().getPayload();
        return first instanceof ComplaintReceived c ? c.customer() : ((ServiceRequestReceived) first).customer();
    }
}
