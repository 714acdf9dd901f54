package com.serviceledger.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.platform.privacy.KeyIds;
import com.serviceledger.platform.privacy.PiiCipher;
import com.serviceledger.platform.privacy.VaultKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rotating both vault keys on a real database, over real HTTP, across restarts (a new application context on
 * the same H2 database each time): data written under key A; restarted with B current and A retired, it
 * still decrypts and finds customers, the rotation (resumed after a run stopped midway) re-wraps and
 * re-fingerprints everything; restarted with B alone, it all still works. Erased customers stay erased.
 */
class KeyRotationTest {

    static final String MASTER_A = "ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=";
    static final String PRINT_A = "ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=";
    static final String MASTER_B = key(1);
    static final String PRINT_B = key(2);
    static final String DATABASE = "jdbc:h2:mem:key-rotation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    record Case(String id, String name, String phone, String email) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothKeysRotateWithoutLosingACustomer() throws Exception {
        List<Case> cases = new ArrayList<>();
        Case erased;
        String erasedCustomer;
        String secondCustomer;
        // 1. under key A, two of the customers as they were before key ids were recorded (V7)
        try (ConfigurableApplicationContext app = start(MASTER_A, null, PRINT_A, null)) {
            WebTestClient http = client(app);
            for (int i = 0; i < 5; i++) {
                String phone = uniquePhone();
                cases.add(receive(http, "客户" + i, phone, "c" + phone + "@example.com"));
            }
            erased = receive(http, "赵六", uniquePhone(), null);
            erasedCustomer = customerOf(app, erased.id());
            http.post().uri("/api/admin/customer-erasures").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"customerId\":\"" + erasedCustomer + "\",\"reason\":\"the customer asked\"}")
                    .exchange().expectStatus().isOk();
            secondCustomer = customerOf(app, cases.get(1).id());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (Case legacy : cases.subList(0, 2)) {
                String customer = customerOf(app, legacy.id());
                jdbc.update("UPDATE customer_vault SET master_key_id = NULL, fingerprint_key_id = NULL WHERE customer_id = ?",
                        customer);
                jdbc.update("UPDATE customer_fingerprint SET key_id = NULL WHERE customer_id = ?", customer);
            }
        }

        // 2. B current, A retired
        String unknownKeyCustomer = "CUS-under-a-lost-key";
        try (ConfigurableApplicationContext app = start(MASTER_B, MASTER_A, PRINT_B, PRINT_A)) {
            WebTestClient http = client(app);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (Case c : cases) {
                disclose(http, c);
            }
            disclose(http, erased.id()).expectStatus().isEqualTo(410);
            // the same phone in a new case: the same customer, found through A's print; B's print added then
            Case again = receive(http, "客户1", cases.get(1).phone(), null);
            assertThat(customerOf(app, again.id())).isEqualTo(secondCustomer);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_fingerprint WHERE customer_id = ? AND key_id = ?",
                    Long.class, secondCustomer, KeyIds.of(bytes(PRINT_B)))).isEqualTo(1);
            // a data key wrapped under a master key nobody configured: reported, not a crash
            jdbc.update("INSERT INTO customer_vault (customer_id, wrapped_key, master_key_id, created_at) VALUES (?, ?, ?, ?)",
                    unknownKeyCustomer, new PiiCipher(bytes(key(3))).wrap(new byte[32], unknownKeyCustomer),
                    KeyIds.of(bytes(key(3))), OffsetDateTime.now(ZoneOffset.UTC));

            Map<String, Object> before = status(http);
            Map<String, Object> masterKeys = (Map<String, Object>) before.get("masterKeys");
            assertThat(masterKeys.get("current")).isEqualTo(KeyIds.of(bytes(MASTER_B)));
            assertThat(masterKeys.get("retired")).isEqualTo(List.of(KeyIds.of(bytes(MASTER_A))));
            assertThat(((Number) masterKeys.get("left")).intValue()).isEqualTo(6);

            // a run that stopped after its first batch (of 2)
            VaultKeys keys = app.getBean(VaultKeys.class);
            assertThat(keys.rewrap(keys.wrappedUnderOtherKeys("", 2))).isEmpty();

            http.post().uri("/api/admin/privacy/key-rotations")
                    .contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$.state").isEqualTo("RUNNING").jsonPath("$.startedBy").isEqualTo("tester");
            Map<String, Object> after = awaitFinished(http);
            Map<String, Object> run = (Map<String, Object>) after.get("run");
            assertThat(run.get("state")).isEqualTo("DONE_WITH_FAILURES");
            assertThat(run.get("rewrapped")).isEqualTo(3); // 6 left, 2 done before, 1 under a lost key
            assertThat(run.get("failed")).isEqualTo(1);
            assertThat((List<Map<String, Object>>) run.get("failures")).singleElement()
                    .satisfies(f -> assertThat(f).containsEntry("customerId", unknownKeyCustomer)
                            .containsEntry("step", "rewrap"));
            assertThat(run.get("refingerprinted")).isEqualTo(6); // 5 customers and the one without cases
            assertThat(((Number) run.get("retiredFingerprintsDeleted")).intValue()).isEqualTo(5 * 2); // A's phone and e-mail print of each
            masterKeys = (Map<String, Object>) after.get("masterKeys");
            assertThat((Map<String, Object>) masterKeys.get("rowsByKey"))
                    .containsEntry(KeyIds.of(bytes(MASTER_A)), 0).containsEntry(KeyIds.of(bytes(MASTER_B)), 5)
                    .containsEntry(KeyIds.of(bytes(key(3))), 1).doesNotContainKey("none");
            Map<String, Object> printKeys = (Map<String, Object>) after.get("fingerprintKeys");
            assertThat(printKeys.get("left")).isEqualTo(0);
            assertThat((Map<String, Object>) printKeys.get("rowsByKey"))
                    .containsEntry(KeyIds.of(bytes(PRINT_A)), 0).containsEntry(KeyIds.of(bytes(PRINT_B)), 10)
                    .doesNotContainKey("none");
            assertThat(jdbc.queryForObject("SELECT wrapped_key FROM customer_vault WHERE customer_id = ?", String.class,
                    erasedCustomer)).isNull();
            jdbc.update("DELETE FROM customer_vault WHERE customer_id = ?", unknownKeyCustomer);

            // a second run finds nothing left to do
            http.post().uri("/api/admin/privacy/key-rotations")
                    .contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isAccepted();
            run = (Map<String, Object>) awaitFinished(http).get("run");
            assertThat(run).containsEntry("state", "DONE").containsEntry("rewrapped", 0).containsEntry("refingerprinted", 0)
                    .containsEntry("retiredFingerprintsDeleted", 0);
        }

        // 3. A removed
        try (ConfigurableApplicationContext app = start(MASTER_B, null, PRINT_B, null)) {
            WebTestClient http = client(app);
            for (Case c : cases) {
                disclose(http, c);
                Case again = receive(http, c.name(), c.phone(), null);
                assertThat(customerOf(app, again.id())).isEqualTo(customerOf(app, c.id()));
                Case byMail = receive(http, c.name(), uniquePhone(), c.email());
                assertThat(customerOf(app, byMail.id())).isEqualTo(customerOf(app, c.id()));
            }
            disclose(http, erased.id()).expectStatus().isEqualTo(410);
            assertThat(customerOf(app, receive(http, "赵六", erased.phone(), null).id())).isNotEqualTo(erasedCustomer);
        }
    }

    ConfigurableApplicationContext start(String master, String retiredMaster, String print, String retiredPrint) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + DATABASE,
                "--spring.application.name=command-side-key-rotation-test",
                "--serviceledger.privacy.master-key=" + master, "--serviceledger.privacy.fingerprint-key=" + print,
                "--serviceledger.privacy.rotation-batch-size=2"));
        if (retiredMaster != null) {
            args.add("--serviceledger.privacy.retired-master-keys=" + retiredMaster);
        }
        if (retiredPrint != null) {
            args.add("--serviceledger.privacy.retired-fingerprint-keys=" + retiredPrint);
        }
        return new SpringApplicationBuilder(CommandSideApplication.class).run(args.toArray(String[]::new));
    }

    static WebTestClient client(ConfigurableApplicationContext app) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).build();
    }

    static Case receive(WebTestClient http, String name, String phone, String email) {
        String customer = "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
        String id = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":%s,"content":"Invoice printed twice","demand":"Refund",
                         "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}"""
                        .formatted(customer))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
        return new Case(id, name, phone, email);
    }

    static void disclose(WebTestClient http, Case c) {
        var body = disclose(http, c.id()).expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo(c.name())
                .jsonPath("$.phone").isEqualTo("+86" + c.phone()); // stored in E.164
        if (c.email() != null) {
            body.jsonPath("$.email").isEqualTo(c.email());
        }
    }

    static WebTestClient.ResponseSpec disclose(WebTestClient http, String complaintId) {
        return http.post().uri("/api/complaints/{id}/customer-disclosures", complaintId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"purpose\":\"call back about the refund\"}")
                .exchange();
    }

    static String customerOf(ConfigurableApplicationContext app, String caseId) {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT customer_id FROM customer_case WHERE case_id = ?",
                String.class, caseId);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> status(WebTestClient http) {
        return http.get().uri("/api/admin/privacy/key-rotations").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> awaitFinished(WebTestClient http) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            Map<String, Object> status = status(http);
            Map<String, Object> run = (Map<String, Object>) status.get("run");
            if (!"RUNNING".equals(run.get("state")) || Instant.now().isAfter(deadline)) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    static String key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return Base64.getEncoder().encodeToString(key);
    }

    static byte[] bytes(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    static String uniquePhone() {
        return "13" + IntStream.range(0, 9).mapToObj(i -> String.valueOf(ThreadLocalRandom.current().nextInt(10)))
                .collect(Collectors.joining());
    }
}
