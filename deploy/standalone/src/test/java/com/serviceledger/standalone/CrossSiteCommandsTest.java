package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cross-site request forgery over real HTTP: a page of another origin can make the browser send a form post (or a
 * {@code text/plain} fetch, or a bare POST) with the HTTP Basic credentials the browser remembers, but never a
 * {@code Content-Type: application/json} one without a CORS preflight the API does not grant. So every command
 * (every non-GET/HEAD/OPTIONS request to {@code /api/**}, command side and query side) needs that header, also
 * without a body; anything else is a 415 problem before authentication, and nothing is stored.
 */
@StandaloneOnH2
class CrossSiteCommandsTest {

    static final String FOREIGN = "https://evil.example";
    static final String FORM = "application/x-www-form-urlencoded";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    record Answer(int status, String contentType, String accept, String allowOrigin, String allowCredentials,
                  JsonNode body) {
        String type() {
            return body == null ? null : body.path("type").asText(null);
        }
    }

    /** The probe's case: archive has no body, so a form post from any page did archive the complaint. */
    @Test
    void aForeignFormPostToArchiveIsRefusedWith415AndTheComplaintIsNotArchived() throws Exception {
        String id = verifiedComplaint();
        long before = eventsOf(id);

        assertRefused(send("POST", "/api/complaints/" + id + "/archive", "supervisor", FORM, "", FOREIGN));
        assertRefused(send("POST", "/api/complaints/" + id + "/archive", "supervisor", FORM, "archive=1", FOREIGN));
        assertRefused(send("POST", "/api/complaints/" + id + "/archive", "supervisor", "text/plain", "", FOREIGN));
        assertRefused(send("POST", "/api/complaints/" + id + "/archive", "supervisor", null, null, FOREIGN));
        assertRefused(send("POST", "/api/complaints/" + id + "/archive", "supervisor", "multipart/form-data; boundary=x",
                "--x--", FOREIGN));
        assertThat(eventsOf(id)).as("events of " + id).isEqualTo(before);
        assertThat(send("GET", "/api/audit/cases/" + id + "/state", "auditor", null, null, null).body()
                .path("state").path("status").asText()).isEqualTo("VERIFIED");

        // the same bodiless command as the API's own clients send it
        Answer archived = send("POST", "/api/complaints/" + id + "/archive", "supervisor", "application/json", null,
                null);
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(eventsOf(id)).isEqualTo(before + 1);
    }

    /** A command with a body, form-encoded: refused before the credentials are even checked. */
    @Test
    void aForeignFormPostOfACommandWithABodyIsRefusedBeforeAuthenticationAndStoresNothing() throws Exception {
        String id = receivedComplaint();
        long before = eventsOf(id);
        String path = "/api/complaints/" + id + "/dismiss";

        assertRefused(send("POST", path, "supervisor", FORM, "explanation=Unfounded", FOREIGN));
        assertRefused(send("POST", path, "supervisor", "text/plain", "{\"explanation\":\"Unfounded\"}", FOREIGN));
        // wrong password: the refusal comes first, nothing tries the credentials
        assertRefused(sendAs("POST", path, "supervisor:wrong", FORM, "explanation=Unfounded", FOREIGN));
        assertThat(eventsOf(id)).isEqualTo(before);
    }

    /** The query side's admin commands (rebuilds, dead-letter retries) are commands too. */
    @Test
    void aForeignFormPostToAQuerySideAdminCommandStartsNothing() throws Exception {
        int rebuildsBefore = send("GET", "/api/admin/rebuilds", "admin", null, null, null).body().size();

        assertRefused(send("POST", "/api/admin/views/rating-view/rebuild", "admin", FORM, "", FOREIGN));
        assertRefused(send("POST", "/api/admin/dead-letters/no-such-processor/retry", "admin", null, null, FOREIGN));

        assertThat(send("GET", "/api/admin/rebuilds", "admin", null, null, null).body().size())
                .as("rebuilds").isEqualTo(rebuildsBefore);
    }

    /** Reads need no content type, and no origin is granted a CORS preflight, with or without credentials. */
    @Test
    void readsAreUnaffectedAndNoForeignOriginIsAllowedCrossSite() throws Exception {
        Answer read = send("GET", "/api/complaints?size=1", "supervisor", null, null, FOREIGN);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.allowOrigin()).isNull();
        assertThat(read.allowCredentials()).isNull();

        HttpRequest preflight = HttpRequest.newBuilder(uri("/api/complaints/CMP-x/archive"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", FOREIGN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build();
        HttpResponse<String> answer;
        try (HttpClient http = client()) {
            answer = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(answer.statusCode()).as(answer.body()).isGreaterThanOrEqualTo(400);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    private static void assertRefused(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.type()).as(answer.toString()).isEqualTo("urn:serviceledger:problem:unsupported-media-type");
        assertThat(answer.body().path("errors").path(0).path("field").asText()).as(answer.toString())
                .isEqualTo("Content-Type");
        assertThat(answer.accept()).as(answer.toString()).isEqualTo("application/json");
    }

    private String receivedComplaint() throws Exception {
        Answer received = send("POST", "/api/complaints", "agent", "application/json", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Forged archive probe","demand":"None",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales"},"urgency":"NORMAL"}""", null);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.body().path("complaintId").asText();
    }

    private String verifiedComplaint() throws Exception {
        String id = receivedComplaint();
        step(id, "forward", "agent", "{\"departmentId\":\"dept-sales\",\"departmentHeadId\":\"head-1\"}");
        step(id, "contact", "head", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}");
        step(id, "handler", "head", "{\"handlerId\":\"handler-3\"}");
        step(id, "resolve", "handler", "{\"resolution\":\"Refunded\"}");
        step(id, "callback", "supervisor", "{\"satisfaction\":5,\"solutionAccepted\":true}");
        step(id, "verify", "supervisor", "{\"misconduct\":\"NONE\",\"findings\":\"fine\"}");
        return id;
    }

    private void step(String id, String step, String user, String json) throws Exception {
        Answer answer = send("POST", "/api/complaints/" + id + "/" + step, user, "application/json", json, null);
        assertThat(answer.status()).as(step + " " + answer).isEqualTo(200);
    }

    private long eventsOf(String aggregateId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    private Answer send(String method, String path, String user, String contentType, String body, String origin)
            throws IOException, InterruptedException {
        return sendAs(method, path, user + ":" + user, contentType, body, origin);
    }

    /** As a browser would send it: the remembered Basic credentials, the page's origin, the form's content type. */
    private Answer sendAs(String method, String path, String credentials, String contentType, String body,
                          String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        HttpResponse<String> response;
        try (HttpClient http = client()) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        JsonNode json = null;
        try {
            json = response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            // left null: the assertions name the answer
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Accept").orElse(null),
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                response.headers().firstValue("Access-Control-Allow-Credentials").orElse(null), json);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
