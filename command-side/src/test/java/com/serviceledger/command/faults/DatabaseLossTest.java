package com.serviceledger.command.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.platform.faults.TcpProxy;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The command side loses its PostgreSQL link (cut: connections reset; stall: a hung network) while commands
 * arrive. Each command answers a 503 problem in bounded time, nothing is half-applied (the store and the
 * idempotency table agree, and the next command decides on the stored history, not on a cached copy that saw
 * the failed command), readiness reports the database DOWN and UP again, and commands succeed after the link
 * returns without a restart. The store is read behind the app's back, directly from the server.
 */
@SpringBootTest(classes = {CommandSideApplication.class, DatabaseLossTest.ProxiedPostgres.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"serviceledger.deadlines.polling-interval=200ms"})
class DatabaseLossTest {

    static final String RECEIVE = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
             "content":"Invoice printed twice","demand":"Refund",
             "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}""";
    static final String FORWARD = "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}";
    static final String CONTACT = "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}";

    /**
     * PostgreSQL behind the proxy; the pool is Boot's Hikari bound to {@code spring.datasource.hikari.*} as in
     * production, so the timeouts under test are the shipped ones.
     */
    // not @TestConfiguration: other tests start apps whose component scan would take it in too
    static class ProxiedPostgres {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean(destroyMethod = "close")
        TcpProxy databaseLink(EmbeddedPostgres postgres) throws IOException {
            return TcpProxy.start("127.0.0.1", postgres.getPort());
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(TcpProxy databaseLink) {
            DataSourceProperties properties = new DataSourceProperties();
            properties.setUrl("jdbc:postgresql://127.0.0.1:" + databaseLink.port() + "/postgres");
            properties.setUsername("postgres");
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TcpProxy link;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    HikariDataSource pool;
    WebTestClient http;
    JdbcTemplate direct;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                .responseTimeout(Duration.ofSeconds(60)).build();
        direct = new JdbcTemplate(directConnection());
    }

    @AfterEach
    void linkBack() {
        link.restore();
    }

    @Test
    void aCutLinkAnswers503AndTheRetryWithTheSameKeyHasExactlyOneEffectAfterRestore() {
        String id = receive();
        step(id, "forward", FORWARD, "fwd-" + id).expectStatus().isOk();
        String key = "contact-" + id;

        link.cut();
        expectUnavailable(step(id, "contact", CONTACT, key));
        expectUnavailable(http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "receive-during-cut-" + id).bodyValue(RECEIVE).exchange());
        assertThat(payloadTypes(id)).containsExactly("ComplaintReceived", "ComplaintForwarded");
        assertThat(keysStored(key)).isZero();

        link.restore();
        // the cached complaint saw the failed contact applied in memory: the retry must decide on the store
        assertThat(retryUntilAnswered(id, "contact", CONTACT, key)).isEqualTo(200);
        step(id, "contact", CONTACT, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(payloadTypes(id)).containsExactly("ComplaintReceived", "ComplaintForwarded", "CustomerContacted");
        assertThat(keysStored(key)).isOne();
        assertThat(keysStored("receive-during-cut-" + id)).isZero();
    }

    @Test
    void aStalledLinkAnswers503InBoundedTimeNotAfterTheDefaultHalfMinute() {
        String id = receive();

        link.stall();
        // the pool notices its connections are gone (as after any failed use), so the command needs a new one
        pool.getHikariPoolMXBean().softEvictConnections();
        long started = System.nanoTime();
        expectUnavailable(step(id, "forward", FORWARD, "fwd-" + id));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        // Hikari's default would hold the request 30 s; the shipped connection timeout is a few seconds
        assertThat(waited).isLessThan(Duration.ofSeconds(20));

        link.restore();
        assertThat(retryUntilAnswered(id, "forward", FORWARD, "fwd-" + id)).isEqualTo(200);
        assertThat(payloadTypes(id)).containsExactly("ComplaintReceived", "ComplaintForwarded");
    }

    @Test
    void readinessReportsTheDatabaseDownDuringTheLossAndUpAfterWithoutARestart() {
        readiness().expectStatus().isOk();
        link.cut();
        readiness().expectStatus().isEqualTo(503).expectBody().jsonPath("$.status").isEqualTo("DOWN");
        link.restore();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readiness().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP"));
        receive();
    }

    /**
     * Many commands in flight when the link goes: some commit, some fail at any point of their transaction
     * (loading, appending, the idempotency row, the commit itself). Every command is then retried with its key
     * once the link is back: each case ends with exactly one forward and one contact, and every key is stored
     * exactly once, i.e. no acknowledged command lost, none half-applied, none applied twice.
     */
    @Test
    void commandsInFlightWhenTheLinkIsCutAreAllOrNothingAndTheirRetriesHaveOneEffect() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(receive());
        }
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        // the cut comes once a quarter of the 24 commands are answered, whatever the machine's speed: the rest are
        // in flight or not sent yet (a fixed pause let a warm machine answer all of them before the cut)
        CountDownLatch firstAnswers = new CountDownLatch(cases.size() / 2);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (String id : cases) {
                sent.add(clients.submit(() -> {
                    statuses.put("fwd-" + id, status(step(id, "forward", FORWARD, "fwd-" + id)));
                    firstAnswers.countDown();
                    statuses.put("contact-" + id, status(step(id, "contact", CONTACT, "contact-" + id)));
                    firstAnswers.countDown();
                }));
            }
            assertThat(firstAnswers.await(30, TimeUnit.SECONDS)).as("first answers before the cut").isTrue();
            link.cut();
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        assertThat(statuses.values()).as("only success or a refusal: %s", statuses).allMatch(s -> s == 200 || s == 503
                || s == 409);
        link.restore();

        for (String id : cases) {
            for (String[] step : new String[][] {{"forward", FORWARD, "fwd-"}, {"contact", CONTACT, "contact-"}}) {
                String key = step[2] + id;
                int retried = retryUntilAnswered(id, step[0], step[1], key);
                assertThat(retried).as("retry of %s (first answer %s)", key, statuses.get(key)).isEqualTo(200);
                assertThat(keysStored(key)).as(key).isOne();
            }
            assertThat(payloadTypes(id)).as(id)
                    .containsExactly("ComplaintReceived", "ComplaintForwarded", "CustomerContacted");
        }
        assertThat(statuses.values()).as("the cut refused some commands: %s", statuses).contains(503);
    }

    /**
     * What a client does with a 503: the same command with the same key again, a little later. Right after the link
     * returns, a pooled connection broken by the loss may still fail an attempt before the pool drops it, and a
     * connection attempt caught in a stall ends at the login timeout; within seconds, commands succeed again.
     */
    private int retryUntilAnswered(String id, String step, String body, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        while ((status = status(step(id, step, body, key))) == 503 && System.nanoTime() < deadline) {
            sleep(200);
        }
        return status;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void expectUnavailable(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:unavailable");
    }

    private WebTestClient.ResponseSpec readiness() {
        return http.get().uri("/actuator/health/readiness").exchange();
    }

    private String receive() {
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(RECEIVE)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    private WebTestClient.ResponseSpec step(String id, String step, String body, String key) {
        return http.post().uri("/api/complaints/{id}/{step}", id, step).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange();
    }

    private static int status(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        return result.getStatus().value();
    }

    private List<String> payloadTypes(String id) {
        return direct.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                        + "ORDER BY sequencenumber", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private int keysStored(String key) {
        return direct.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE idempotency_key = ?", Integer.class,
                key);
    }

    private DataSource directConnection() {
        return postgres.getPostgresDatabase();
    }
}
