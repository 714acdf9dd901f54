package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.TestOrganisation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Data for the quality, people and reports browser tests, made as a client of the JSON API would (HTTP Basic as a
 * test user, password = name), in subsidiaries of their own so they disturb no other test.
 */
final class QualitySeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final TestOrganisation organisation;

    QualitySeed(int port, TestOrganisation organisation) {
        this.port = port;
        this.organisation = organisation;
    }

    /** The test subsidiary (departments dept-gate..., staff {@code <sub>.head-1} and the rest at the gate). */
    void subsidiary(String subsidiaryId) {
        organisation.register(subsidiaryId);
    }

    /** An inspected site of the subsidiary's gate department, made up for the test. */
    String site(String subsidiaryId) {
        String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.addPost(subsidiaryId, site, "dept-gate");
        return site;
    }

    /** A daily inspection by the unit's foreman: the floor passes, the stairs fail (minor: fixed within the hour). */
    JsonNode dustyStairs(String subsidiaryId, String site) throws Exception {
        return post("inspector", "/api/inspections", """
                {"kind":"DAILY","unit":{"subsidiaryId":"%1$s","siteId":"%2$s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"%1$s.foreman-1","role":"FOREMAN"}],
                 "items":[{"standardCode":"floor-clean","result":"PASS"},
                          {"standardCode":"stairs-dust-free","result":"FAIL","severity":"MINOR",
                           "note":"dust on stairs B","responsibleStaffId":"%1$s.cleaner-7"}]}"""
                .formatted(subsidiaryId, site), 201);
    }

    /** A complaint taken through its whole handling and verified against the staff member for their attitude. */
    String verifiedComplaint(String subsidiaryId, String responsibleStaffId) throws Exception {
        String id = calledBackComplaint(subsidiaryId);
        step(id, "verify", "{\"responsibleStaffId\":\"" + responsibleStaffId
                + "\",\"misconduct\":\"ATTITUDE\",\"findings\":\"rude to the customer\"}");
        return id;
    }

    /** A complaint taken through its handling to the callback in which the customer accepted the solution. */
    String calledBackComplaint(String subsidiaryId) throws Exception {
        String id = post("tester", "/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Shouted at the gate","demand":"Apology",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-gate"},"urgency":"NORMAL"}"""
                .formatted(subsidiaryId), 201).path("complaintId").asText();
        String head = subsidiaryId + ".head-1";
        step(id, "forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + head + "\"}");
        step(id, "contact", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Apologise\"}");
        step(id, "handler", "{\"handlerId\":\"" + subsidiaryId + ".handler-3\"}");
        step(id, "resolve", "{\"resolution\":\"Apologised\"}");
        step(id, "callback", "{\"satisfaction\":3,\"solutionAccepted\":true}");
        return id;
    }

    private void step(String id, String step, String body) throws Exception {
        post("tester", "/api/complaints/" + id + "/" + step, body, 200);
    }

    /** A staff member at the gate with a supervisor (who then answers for them jointly). */
    void hire(String subsidiaryId, String staffId, String name, String supervisorId) throws Exception {
        post("admin", "/api/organisation/staff", """
                {"staffId":"%s","name":"%s","subsidiaryId":"%s","departmentId":"dept-gate","postId":"gate",
                 "supervisorId":"%s"}""".formatted(staffId, name, subsidiaryId, supervisorId), 201);
    }

    void appoint(String subsidiaryId, String position, String staffId, String departmentId) throws Exception {
        post("admin", "/api/organisation/subsidiaries/" + subsidiaryId + "/positions",
                "{\"position\":\"" + position + "\",\"staffId\":\"" + staffId + "\""
                        + (departmentId == null ? "" : ",\"departmentId\":\"" + departmentId + "\"") + "}", 200);
    }

    JsonNode post(String user, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = HTTP.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(expected);
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Waits until the API's read side shows the document (the views follow the commands moments later). */
    JsonNode awaitView(String user, String path) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> answer = get(user, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            found[0] = JSON.readTree(answer.body());
        });
        return found[0];
    }

    /**
     * Waits until a list of the API names the item: a view answers a document by id at once, a search (what a
     * list page reads) only after the index refreshed.
     */
    void awaitListed(String user, String path, String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> answer = get(user, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("\"" + id + "\"");
        });
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30));
    }
}
