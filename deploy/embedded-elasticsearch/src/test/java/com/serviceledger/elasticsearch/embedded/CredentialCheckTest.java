package com.serviceledger.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The node answers only requests with its credential: real HTTP against the shared node. */
class CredentialCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EmbeddedElasticsearchNode node;

    @BeforeAll
    static void startNode() {
        node = TestNodes.shared();
    }

    @Test
    void withoutTheCredentialEveryRequestIsRefusedWithAChallengeAndNothingIsDone() throws Exception {
        HttpResponse<String> create = send(request("PUT", "/refused-index", """
            {"settings": {"number_of_replicas": 0}}"""));

        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(create.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"serviceledger\", charset=\"UTF-8\"");
        assertThat(create.headers().firstValue("X-elastic-product")).contains("Elasticsearch");
        JsonNode error = JSON.readTree(create.body());
        assertThat(error.path("status").asInt()).isEqualTo(401);
        assertThat(error.path("error").path("type").asText()).isEqualTo("security_exception");
        assertThat(error.path("error").path("reason").asText()).isEqualTo("missing authentication credentials for REST request [/refused-index]");
        assertThat(send(authorized(request("GET", "/refused-index", null))).statusCode()).as("the index was not created").isEqualTo(404);

        HttpResponse<String> bulk = send(request("POST", "/refused-bulk/_bulk?refresh=true", """
            {"index": {"_id": "1"}}
            {"field": "value"}
            """));
        assertThat(bulk.statusCode()).isEqualTo(401);
        assertThat(send(authorized(request("GET", "/refused-bulk", null))).statusCode()).as("nothing was indexed").isEqualTo(404);

        // the root and the ping too, and paths no handler serves
        assertThat(send(request("GET", "/", null)).statusCode()).isEqualTo(401);
        HttpResponse<String> ping = send(request("HEAD", "/", null));
        assertThat(ping.statusCode()).isEqualTo(401);
        assertThat(ping.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(send(request("GET", "/_cat/indices", null)).statusCode()).isEqualTo(401);
        assertThat(send(request("GET", "/no/such/handler", null)).statusCode()).isEqualTo(401);
    }

    /**
     * A bulk body arrives in chunks; refused unread, Netty would stop reading the connection, which would then never
     * close (and hold the node's shutdown forever).
     */
    @Test
    void aLargeRefusedBulkIsReadToTheEndAndItsConnectionCloses() throws Exception {
        long openBefore = openHttpConnections();
        String line = "{\"index\": {}}\n{\"field\": \"" + "x".repeat(1000) + "\"}\n";
        try (HttpClient own = HttpClient.newHttpClient()) {
            HttpResponse<String> refused = own.send(request("POST", "/refused-large-bulk/_bulk", line.repeat(8000))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (openHttpConnections() > openBefore && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(openHttpConnections()).as("the refused request's connection was closed").isLessThanOrEqualTo(openBefore);
        assertThat(send(authorized(request("GET", "/refused-large-bulk", null))).statusCode()).isEqualTo(404);
    }

    private static long openHttpConnections() throws IOException, InterruptedException {
        HttpResponse<String> stats = send(authorized(request("GET", "/_nodes/_local/stats/http", null)));
        return JSON.readTree(stats.body()).path("nodes").elements().next().path("http").path("current_open").asLong();
    }

    @Test
    void aWrongPasswordUserOrHeaderIsRefused() throws Exception {
        HttpResponse<String> wrongPassword = send(request("GET", "/", null).header("Authorization", basic(NodeCredential.USER, "guess")));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongPassword.body()).path("error").path("reason").asText())
            .isEqualTo("unable to authenticate user [serviceledger] for REST request [/]");

        String password = node.credential().password();
        assertThat(send(request("GET", "/", null).header("Authorization", basic("elastic", password))).statusCode()).isEqualTo(401);
        assertThat(send(request("GET", "/", null).header("Authorization", basic(NodeCredential.USER, password + "x"))).statusCode())
            .isEqualTo(401);
        assertThat(send(request("GET", "/", null).header("Authorization", "Basic not-base64!")).statusCode()).isEqualTo(401);
        assertThat(send(request("GET", "/", null).header("Authorization", "Bearer " + password)).statusCode()).isEqualTo(401);
    }

    @Test
    void theCredentialOpensEveryEndpointAndTheSettingsApisDoNotShowItsDigest() throws Exception {
        assertThat(send(authorized(request("GET", "/", null))).statusCode()).isEqualTo(200);
        assertThat(send(authorized(request("HEAD", "/", null))).statusCode()).isEqualTo(200);
        // what curl -u sends
        assertThat(send(request("GET", "/_cluster/health", null)
            .header("Authorization", basic(NodeCredential.USER, node.credential().password()))).statusCode()).isEqualTo(200);

        HttpResponse<String> settings = send(authorized(request("GET", "/_nodes/settings", null)));
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("cluster").doesNotContain(CredentialCheckPlugin.CREDENTIAL_SHA256_KEY);
    }

    @Test
    void aPersistentNodeWritesThePasswordBesideItsDataForItsOwnerOnly() throws IOException {
        Path file = node.homeDir().resolve("credential");
        assertThat(node.credentialFile()).contains(file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(node.credential().password() + "\n");
        assertThat(NodeCredential.readFrom(node.homeDir())).isEqualTo(node.credential());
        assertThat(node.credential().password()).hasSize(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(node.homeDir()))).isEqualTo("rwx------");
        }
    }

    @Test
    void theStartLogSaysWhereThePasswordIsButNotThePassword() {
        assertThat(TestNodes.nodeLog()).as("the shared node's start, logged after TestNodes began listening")
            .anySatisfy(line -> assertThat(line).contains("HTTP Basic user serviceledger, password in "
                + node.homeDir().resolve("credential")));
        assertThat(TestNodes.nodeLog()).noneSatisfy(line -> assertThat(line).contains(node.credential().password()));
    }

    private static HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.httpUri() + path));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", node.credential().authorization());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
