package com.serviceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.api.ConcurrentForwards;
import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The command side on a real Axon Server (Testcontainers; skipped where no Docker engine runs): commands over
 * HTTP with the {@code axonserver} profile are routed through the server, their events are read back from it,
 * refusals and conflicts keep their 409 across the trip, and a stale cached aggregate never overwrites.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:on-axon-server;DB_CLOSE_DELAY=-1")
@ActiveProfiles("axonserver")
class CommandSideOnAxonServerTest {

    @Container
    static final AxonServerContainer AXON_SERVER = new AxonServerContainer("axoniq/axonserver:2025.2.0")
            .withDevMode(true);

    static final String RECEIVE = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
             "content":"Invoice printed twice","demand":"Refund",
             "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}""";

    @DynamicPropertySource
    static void axonServer(DynamicPropertyRegistry registry) {
        registry.add("axon.axonserver.servers", AXON_SERVER::getAxonServerAddress);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TestOrganisation organisation;
    WebTestClient http;

    @BeforeEach
    void client() {
        organisation.registerAll();
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aReceivedComplaintIsStoredInAxonServerWithItsMetadata() {
        String id = receive();

        assertThat(eventStore).isInstanceOf(AxonServerEventStore.class);
        List<? extends DomainEventMessage<?>> stored = events(id);
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().getPayload()).isInstanceOf(ComplaintReceived.class);
        assertThat(stored.getFirst().getMetaData()).containsEntry("principal", "tester").containsKey("correlationId");
    }

    @Test
    void aCommandOutOfOrderIsStillA409ProblemAfterTheTripThroughTheServer() {
        String id = receive();

        http.post().uri("/api/complaints/{id}/resolve", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"resolution\":\"Refunded\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-order");
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void concurrentCommandsOnOneCaseHaveOneWinnerAndTheOthersGet409() {
        String id = receive();
        List<Integer> statuses = ConcurrentForwards.statuses(port, id, Duration.ofSeconds(60));

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(events(id)).hasSize(2);
    }

    /** Axon Server refuses a sequence number taken (AXONIQ-2000): a stale cached copy costs a 409, never a fork. */
    @Test
    void aCaseChangedBehindTheCacheIsNeverDecidedOnAStaleCopy() {
        String id = receive();
        eventStore.publish(new GenericDomainEventMessage<>("Complaint", id, 1,
                new ComplaintForwarded(id, "dept-elsewhere", "head-9", Instant.now())));

        String contact = "{\"contactedBy\":\"head-9\",\"proposedSolution\":\"Refund\"}";
        int first = contact(id, contact);
        assertThat(first).isIn(200, 409);
        if (first == 409) {
            assertThat(contact(id, contact)).isEqualTo(200);
        }
        assertThat(events(id)).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
    }

    private int contact(String id, String body) {
        return http.post().uri("/api/complaints/{id}/contact", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().returnResult(String.class).getStatus().value();
    }

    private String receive() {
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(RECEIVE)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    private List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }
}
