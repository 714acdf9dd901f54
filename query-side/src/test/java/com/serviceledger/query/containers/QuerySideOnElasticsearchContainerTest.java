package com.serviceledger.query.containers;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;

import com.serviceledger.query.app.QuerySideApplication;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.ServiceRequestEventLog;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The query side against the Elasticsearch distribution the production stack runs (Testcontainers; skipped
 * where no Docker engine runs), not the embedded node: the complaint projection writes its view and the SLA
 * metric aggregates it. Its own context, unavoidably: every other query-side test shares the embedded node.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:query-side-on-elasticsearch;DB_CLOSE_DELAY=-1",
                "serviceledger.elasticsearch.embedded.enabled=false",
                "serviceledger.query.complaint-view.token-claim-interval=200ms",
                "serviceledger.query.complaint-index.refresh-interval=200ms",
                // test-only vault keys (public, never for real data)
                "serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
                "serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE="})
@Import({ComplaintEventLog.class, ServiceRequestEventLog.class, InspectionEventLog.class, Api.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuerySideOnElasticsearchContainerTest {

    @Container
    static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(
            DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:9.5.3"))
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
            .withStartupTimeout(Duration.ofMinutes(3));

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://" + ELASTICSEARCH.getHttpHostAddress());
    }

    private final ComplaintEventLog log;
    private final Api api;
    private final String subsidiary = newSubsidiary();
    private final String complaint = newComplaintId();

    QuerySideOnElasticsearchContainerTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    @BeforeAll
    void oneComplaintContactedInTime() {
        Instant mar10 = Instant.parse("2026-03-10T01:00:00Z");
        log.appendAndAwait(ComplaintStory.of(complaint,
                received(complaint, subsidiary, mar10).department("D1").event(),
                contacted(complaint, mar10.plus(Duration.ofMinutes(20)), true, true)));
    }

    @Test
    void theComplaintProjectionWritesItsView() {
        api.get("/api/complaints/" + complaint).expectStatus().isOk().expectBody()
                .jsonPath("$.complaintId").isEqualTo(complaint)
                .jsonPath("$.subsidiaryId").isEqualTo(subsidiary)
                .jsonPath("$.status").isEqualTo("CONTACTED");
    }

    @Test
    void theSlaMetricAggregatesTheView() {
        api.get("/api/metrics/complaint-sla?from=2026-03&to=2026-03&subsidiary=" + subsidiary)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.months[0].month").isEqualTo("2026-03")
                .jsonPath("$.months[0].departments[0].departmentId").isEqualTo("D1")
                .jsonPath("$.months[0].departments[0].received").isEqualTo(1);
    }
}
