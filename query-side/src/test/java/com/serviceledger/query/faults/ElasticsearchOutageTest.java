package com.serviceledger.query.faults;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.handlerNamed;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.query.complaint.ComplaintProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.platform.faults.TcpProxy;
import com.serviceledger.query.audit.replay.JdbcEvents;
import com.serviceledger.query.audit.replay.ReplayedViews;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Elasticsearch out of reach (the link cut) while events keep arriving: the projections fail their batches and retry
 * later, parking nothing (an outage is not a bad event) and without hammering the node; reads answer 503 problems;
 * when the link returns, every view catches up and each document equals the fold of its events
 * ({@link ReplayedViews}, what the audit CLI replays).
 * <p>
 * The one extra context of this module: its Elasticsearch client must go through a {@link TcpProxy}, and it needs a
 * database of its own, or the shared context's processors (same tokens, direct link) would project the events the
 * cut is meant to hold back.
 */
@QuerySideTest
@Import(ElasticsearchOutageTest.ProxiedElasticsearch.class)
// this context projects its own database into the shared node: close it after the class, so its processors do not
// outlive it, and take its documents out (tests that replay the shared store compare whole indices)
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:query-side-es-outage;DB_CLOSE_DELAY=-1")
class ElasticsearchOutageTest {

    // not @TestConfiguration: other tests start apps whose component scan would take it in too
    static class ProxiedElasticsearch {

        @Bean(destroyMethod = "close")
        TcpProxy elasticsearchLink(EmbeddedElasticsearchNode node) throws IOException {
            return TcpProxy.start(node.httpHost(), node.httpPort());
        }

        /** The proxy's address with the node's credential. */
        @Bean
        ElasticsearchConnectionDetails proxiedElasticsearch(TcpProxy elasticsearchLink, EmbeddedElasticsearchNode node) {
            return new ElasticsearchConnectionDetails() {
                @Override
                public List<Node> getNodes() {
                    return List.of(new Node("127.0.0.1", elasticsearchLink.port(), Node.Protocol.HTTP));
                }

                @Override
                public String getUsername() {
                    return node.credential().username();
                }

                @Override
                public String getPassword() {
                    return node.credential().password();
                }
            };
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ComplaintEventLog complaints;
    private final Api api;
    private final TcpProxy link;
    private final EmbeddedElasticsearchNode node;
    private final DataSource dataSource;
    private final HttpClient direct = HttpClient.newHttpClient();

    ElasticsearchOutageTest(ComplaintEventLog complaints, Api api, TcpProxy link, EmbeddedElasticsearchNode node,
                            DataSource dataSource) {
        this.complaints = complaints;
        this.api = api;
        this.link = link;
        this.node = node;
        this.dataSource = dataSource;
    }

    private final List<String> written = new ArrayList<>();

    @AfterEach
    void linkBack() throws IOException, InterruptedException {
        link.restore();
        for (String id : written) {
            direct.send(HttpRequest.newBuilder(URI.create(node.httpUri() + "/sq-complaints/_doc/" + id + "?refresh=true"))
                    .header("Authorization", node.credential().authorization()).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void viewsCatchUpExactlyAfterAnOutageWithoutParkingAnEventOrHammeringTheNode() throws Exception {
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT DATABASE()", String.class))
                .as("a database of this context's own").isEqualToIgnoringCase("QUERY-SIDE-ES-OUTAGE");
        String subsidiary = newSubsidiary();
        Instant t0 = Instant.parse("2026-04-01T02:00:00Z");
        String before = newComplaintId();
        written.add(before);
        complaints.appendAndAwait(ComplaintStory.of(before, received(before, subsidiary, t0).event(),
                forwarded(before, "DEP-WEIGHBRIDGE", t0.plusSeconds(60))));

        link.cut();
        long acceptedAtCut = link.accepted();
        // a case that moves on during the outage, and new cases that arrive during it
        complaints.eventStore().publish(
                new GenericDomainEventMessage<>("Complaint", before, 2, contacted(before, t0.plusSeconds(600), true,
                        true), MetaData.with(MetadataKeys.PRINCIPAL, "query-side-test")),
                new GenericDomainEventMessage<>("Complaint", before, 3, handlerNamed(before, t0.plusSeconds(700)),
                        MetaData.with(MetadataKeys.PRINCIPAL, "query-side-test")));
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = newComplaintId();
            during.add(id);
            written.add(id);
            complaints.append(ComplaintStory.of(id, received(id, subsidiary, t0.plusSeconds(i)).event(),
                    forwarded(id, "DEP-WEIGHBRIDGE", t0.plusSeconds(100 + i)),
                    contacted(id, t0.plusSeconds(900 + i), true, true),
                    handlerNamed(id, t0.plusSeconds(1000 + i)),
                    resolved(id, t0.plusSeconds(2000 + i), true, t0.plusSeconds(90_000))));
        }

        // reads: a clear 503 problem, not a 500
        api.get("/api/complaints/" + before).expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:unavailable");
        api.get("/api/complaints?subsidiaryId=" + subsidiary).expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.get("/actuator/health/readiness").expectStatus().isEqualTo(503);

        Thread.sleep(5_000);
        long attempts = link.accepted() - acceptedAtCut;
        LoggerFactory.getLogger(getClass()).info("{} connection attempts in 5 s of outage", attempts);
        // every projection retries its batch, but backs off: not a tight loop against a node that is gone
        assertThat(attempts).as("connection attempts in 5 s of outage").isLessThan(300);
        assertThat(document(before).path("lastSequence").asLong()).as("nothing reached the node").isEqualTo(1);
        // the failing segments are released between retries; lag must still count them, or an operator (and
        // the fault run) would read "caught up" while the view misses every event of the outage
        long lagDuringOutage = ((Number) api.json("/actuator/processors/" + ComplaintProjection.PROCESSING_GROUP)
                .get("lagEvents")).longValue();
        assertThat(lagDuringOutage).as("complaint view lag during the outage").isGreaterThanOrEqualTo(2 + 5 * 5);

        link.restore();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(document(before).path("lastSequence").asLong()).isEqualTo(3);
            for (String id : during) {
                assertThat(document(id).path("lastSequence").asLong()).as(id).isEqualTo(4);
            }
        });
        api.get("/actuator/health/readiness").expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(((Number) api.json(
                "/actuator/processors/" + ComplaintProjection.PROCESSING_GROUP).get("lagEvents")).longValue())
                .as("lag once caught up").isZero());
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM deadletterentry", Long.class))
                .as("an outage parks nothing").isZero();

        ReplayedViews folded = fold();
        assertThat(folded.problems()).isEmpty();
        List<String> ids = new ArrayList<>(during);
        ids.add(before);
        for (String id : ids) {
            // through text, as the document went: numbers then compare by value, fields in any order
            JsonNode expected = JSON.readTree(JSON.writeValueAsString(folded.find(id).getValue()));
            assertThat(document(id)).as(id).isEqualTo(expected);
        }
        api.get("/api/complaints/" + before).expectStatus().isOk();
    }

    /** The stored events, folded as the audit CLI folds an export. */
    private ReplayedViews fold() throws SQLException {
        ReplayedViews views = new ReplayedViews();
        try (Connection connection = dataSource.getConnection()) {
            JdbcEvents.read(connection, views::fold);
        }
        return views;
    }

    /** The complaint document straight from the node, past the proxy. */
    private JsonNode document(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = direct.send(HttpRequest.newBuilder(
                URI.create(node.httpUri() + "/sq-complaints/_doc/" + id))
                .header("Authorization", node.credential().authorization()).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode found = JSON.readTree(response.body());
        return found.path("_source");
    }

}
