package com.serviceledger.standalone;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Raw HTTP against the running standalone system, as a client sees it (status, content type, the problem body), and
 * the number of events stored, to show a refused request stored nothing. Users are the test users (password =
 * name).
 */
record RawApi(int port, DataSource dataSource) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param problem the body read as JSON, null when it is not JSON */
    record Answer(int status, String contentType, JsonNode problem) {
        String type() {
            return problem == null ? null : problem.path("type").asText(null);
        }

        /** The first field a problem names. */
        String field() {
            return problem == null ? null : problem.path("errors").path(0).path("field").asText(null);
        }
    }

    long storedEvents() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    Answer post(String path, String user, String json) throws IOException, InterruptedException {
        return send("POST", path, user, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    Answer get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, HttpRequest.BodyPublishers.noBody());
    }

    /** A request to the system on {@code port} as a test user (password = name). */
    static HttpRequest.Builder asUser(int port, String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A GET, or a POST or DELETE with the JSON content type every command needs (a bodiless POST too), as a test
     * user.
     */
    static HttpRequest.Builder call(int port, String method, String path, String user, String body) {
        HttpRequest.Builder request = asUser(port, path, user);
        return switch (method) {
            case "POST" -> request.header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            case "DELETE" -> request.header("Content-Type", "application/json").DELETE();
            default -> request.GET();
        };
    }

    /** A small PDF, different each time (a case's attachment; the same content again would answer the first). */
    static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + java.util.UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A case's attachment upload as a test user: {@code multipart/form-data} with the part {@code file}. */
    static HttpRequest.Builder upload(int port, String path, String user, String fileName, byte[] content) {
        String boundary = "----serviceledger" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return asUser(port, path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
    }

    Answer send(String method, String path, String user, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = asUser(port, path, user).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        // one connection per request, as EndpointFuzzTest can choose: each answer is this request's alone
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        JsonNode problem = null;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException notJson) {
            // left null: the assertions name the answer
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), problem);
    }
}
