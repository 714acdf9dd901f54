package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.standalone.RawApi.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request limits on both sides, and the answers the framework and the HTTP server give by themselves, as
 * problems: a body over {@code serviceledger.web.max-request-bytes} (256 KiB) is a 413 naming the limit, whether
 * its length is declared or it comes chunked, on a command-side and a query-side endpoint, and nothing is stored;
 * the read API's parameter limits are 400s naming the parameter; an overlong request line is a 414, a path or
 * parameter name the firewall refuses a 400 (it was a bare 400, and a 500 for a parameter name), an unsupported
 * content type a 415, each {@code application/problem+json} with a {@code type}.
 */
@StandaloneOnH2
class RequestLimitsTest {

    static final int LIMIT = 256 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void aBodyOverTheLimitIsRefusedWith413NamingItOnBothSidesAndNothingIsStored() throws Exception {
        long before = storedEvents();
        byte[] oversized = complaintPaddedTo(LIMIT + 1);

        Answer declared = send("POST", "/api/complaints", "agent", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(oversized));
        Answer chunked = send("POST", "/api/complaints", "agent", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)));
        Answer querySide = send("POST", "/api/admin/views/rating-view/rebuild", "admin", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(oversized));

        for (Answer answer : new Answer[] {declared, chunked, querySide}) {
            assertProblem(answer, 413, "payload-too-large");
            assertThat(answer.problem().path("detail").asText()).contains(String.valueOf(LIMIT))
                    .contains("serviceledger.web.max-request-bytes");
            assertThat(answer.problem().path("limit").asLong()).isEqualTo(LIMIT);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyUnderTheLimitGetsThroughToValidation() throws Exception {
        Answer answer = send("POST", "/api/complaints", "agent", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(complaintPaddedTo(LIMIT - 1024)));
        assertProblem(answer, 400, "validation");
        assertThat(answer.problem().path("errors").toString()).contains("content");
    }

    @Test
    void theReadApisParameterLimitsAnswer400NamingTheParameter() throws Exception {
        assertNamesParameter(get("/api/complaints?q=" + "a".repeat(501)), "q");
        assertNamesParameter(get("/api/service-requests?size=101"), "size");
        assertNamesParameter(get("/api/complaints?size=100&page=100"), "page");
        assertNamesParameter(get("/api/history?status=OPEN" + "&status=OPEN".repeat(20)), "status");
        // found by the fuzz: a year Elasticsearch cannot read failed the search with a 500
        assertNamesParameter(get("/api/history?from=%2B999999999-12-31T23:59:59.999999999Z"), "from");
        assertNamesParameter(get("/api/complaints?to=-999999999-01-01T00:00:00Z"), "to");
        // at the limits: fine
        assertThat(get("/api/complaints?q=" + "a".repeat(500)).status()).isEqualTo(200);
        assertThat(get("/api/complaints?size=100&page=99").status()).isEqualTo(200);
    }

    @Test
    void whatTheServerAndTheFrameworkRefuseByThemselvesIsAProblemToo() throws Exception {
        assertProblem(get("/api/complaints?q=" + "a".repeat(20_000)), 414, "uri-too-long");
        assertProblem(get("/api/complaints/CMP-%25-x"), 400, "malformed-request");
        assertProblem(get("/api/complaints?" + URLEncoder.encode("\u0001x", StandardCharsets.UTF_8) + "=1"), 400,
                "malformed-request");
        assertProblem(send("POST", "/api/complaints", "agent", "text/plain",
                HttpRequest.BodyPublishers.ofString("{}")), 415, "unsupported-media-type");
    }

    /**
     * Found by the fuzz: an element of a list of strings sent as an array ({@code [["x"]]}) knocked Jackson's parser
     * one level off, and the 400 failed on a "trailing token" without naming the field.
     */
    @Test
    void aListOfStringsWithAnArrayForAnElementIsA400NamingTheElement() throws Exception {
        long before = storedEvents();
        assertNamesField(post("/api/service-requests/SR-nested/reject", "agent", "{\"reasons\":[[\"x\"]]}"),
                "reasons[0]");
        assertNamesField(post("/api/service-requests/SR-nested/reject", "agent",
                "{\"reasons\":[\"fine\",[\"x\",\"y\"]]}"), "reasons[1]");
        assertNamesField(post("/api/service-requests/SR-nested/plan", "handler", """
                {"goal":"Account open","steps":[["a"]],"ownerId":"clerk-3","dueAt":"2099-06-01T17:00:00+08:00"}"""),
                "steps[0]");
        assertNamesField(post("/api/service-requests/SR-nested/request-materials", "agent",
                "{\"missingItems\":[[]]}"), "missingItems[0]");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Found by the fuzz: Elasticsearch refused the get of an id over its 512-byte limit, and the read answered 500. */
    @Test
    void anIdLongerThanAnyViewCanHaveIsNotFound() throws Exception {
        String id = URLEncoder.encode("\uD83D\uDE00".repeat(300), StandardCharsets.UTF_8);
        assertProblem(get("/api/complaints/" + id), 404, "not-found");
        assertProblem(get("/api/service-requests/CMP-" + "x".repeat(600)), 404, "not-found");
    }

    private void assertNamesParameter(Answer answer, String parameter) {
        assertProblem(answer, 400, "invalid-parameter");
        assertThat(answer.problem().path("errors").get(0).path("field").asText()).isEqualTo(parameter);
    }

    private static void assertNamesField(Answer answer, String field) {
        assertProblem(answer, 400, "malformed-request");
        assertThat(answer.problem().path("errors").path(0).path("field").asText()).as(answer.toString())
                .isEqualTo(field);
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.type()).as(answer.toString()).isEqualTo("urn:serviceledger:problem:" + code);
    }

    /** A valid complaint whose content is padded to make the body exactly {@code bytes} long. */
    private static byte[] complaintPaddedTo(int bytes) {
        String template = """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},"content":"%s",
                 "demand":"Apology","target":{"subsidiaryId":"sub-limits"},"urgency":"NORMAL"}""";
        int padding = bytes - template.formatted("").getBytes(StandardCharsets.UTF_8).length;
        byte[] body = template.formatted("x".repeat(padding)).getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(bytes);
        return body;
    }

    private RawApi api() {
        return new RawApi(port, dataSource);
    }

    private long storedEvents() {
        return api().storedEvents();
    }

    private Answer post(String path, String user, String json) throws IOException, InterruptedException {
        return api().post(path, user, json);
    }

    private Answer get(String path) throws IOException, InterruptedException {
        return api().get(path, "supervisor");
    }

    private Answer send(String method, String path, String user, String contentType,
                        HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return api().send(method, path, user, contentType, body);
    }
}
