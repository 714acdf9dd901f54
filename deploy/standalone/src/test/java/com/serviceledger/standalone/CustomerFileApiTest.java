package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The customer file: one customer's cases across kinds and units, newest first, masked, within the scope. */
@StandaloneOnH2
class CustomerFileApiTest {

    static final Duration VIEW_TIMEOUT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    WebTestClient as(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, user)).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    String created(String path, String body, String idField) {
        return as("tester").post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get(idField)
                .toString();
    }

    String complaint(String subsidiary, String phone, String content) {
        return created("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"钱七","phone":"%s"},"content":"%s","demand":"Apology",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                .formatted(phone, content, subsidiary), "complaintId");
    }

    Map<String, Object> file(String user, String customerId) {
        return as(user).get().uri("/api/customers/{id}/cases?size=10", customerId).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<String> caseIds(Map<String, Object> file) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) file.get("cases")).get("items")).stream()
                .map(item -> item.get("caseId").toString()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneCustomersCasesOfEveryKindAndUnitNewestFirstMaskedAndOnlyWithinTheReadersScope() {
        String phone = "136" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        String first = complaint("sub-e2e", phone, "Gate closed, call me on " + phone);
        String request = created("/api/service-requests", """
                {"channel":"ON_SITE","customer":{"name":"钱七","phone":"%s"},"category":"BUSINESS_ASSISTANCE",
                 "description":"Open an account","target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales",
                 "postId":"billing"}}""".formatted(phone), "serviceRequestId");
        String inSub1 = complaint("sub-1", phone, "Barrier stuck");
        String customerId = await().atMost(VIEW_TIMEOUT).until(() -> as("tester").get().uri("/api/complaints/{id}", first)
                .exchange().returnResult(Map.class).getResponseBody().blockFirst(), view -> view != null
                && view.get("customerId") != null).get("customerId").toString();

        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> assertThat(caseIds(file("tester", customerId)))
                .containsExactly(inSub1, request, first));
        Map<String, Object> whole = file("tester", customerId);
        assertThat((Map<String, Object>) whole.get("customer")).containsEntry("name", "钱*");
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) whole.get("cases")).get("items");
        assertThat(items.get(1)).containsEntry("caseType", "SERVICE_REQUEST");
        assertThat(items.get(2)).containsEntry("caseType", "COMPLAINT").containsEntry("subsidiaryId", "sub-e2e");
        assertThat(items.get(2).get("content").toString()).doesNotContain(phone.substring(3));

        // a reader of sub-1 sees that unit's case of the customer and nothing of the others
        assertThat(caseIds(file("sub1-worker", customerId))).containsExactly(inSub1);
        // a reader of another department of sub-1 learns nothing, not even that the customer exists
        as("dept-worker").get().uri("/api/customers/{id}/cases", customerId).exchange().expectStatus().isNotFound();
        as("tester").get().uri("/api/customers/{id}/cases", "CUS-no-such").exchange().expectStatus().isNotFound();

        // found by phone through the vault's keyed fingerprint, for whoever reads one of their cases
        as("tester").post().uri("/api/customers/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(customerId).jsonPath("$.cases").isEqualTo(3);
        as("sub1-worker").post().uri("/api/customers/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.cases").isEqualTo(1);
        as("dept-worker").post().uri("/api/customers/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\"}").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .doesNotContain(phone.substring(3)));
        as("tester").post().uri("/api/customers/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\",\"email\":\"a@example.com\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }
}
