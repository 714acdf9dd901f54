package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * The Spring-free replay an offline tool uses: stored events (here read straight from the event store's table,
 * and through the NDJSON export's line format) folded into the command side's aggregates. Also checks that
 * the command side's classes bring nothing of the command side into the query side's context.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");

    private final ComplaintEventLog log;
    private final JdbcTemplate jdbc;
    private final ApplicationContext context;
    private final AggregateReplay replay = AggregateReplay.withStoreDefaults();
    private final String complaintId = newComplaintId();
    private final String requestId = ServiceRequestEvents.newRequestId();

    AggregateReplayTest(ComplaintEventLog log, DataSource dataSource, ApplicationContext context) {
        this.log = log;
        this.jdbc = new JdbcTemplate(dataSource);
        this.context = context;
    }

    /** A complaint and a service request whose events are interleaved in the store, as a global export has them. */
    @BeforeAll
    void interleavedCases() {
        String subsidiary = newSubsidiary();
        log.eventStore().publish(List.of(
                new GenericDomainEventMessage<>("Complaint", complaintId, 0,
                        received(complaintId, subsidiary, T0).urgent().event()),
                new GenericDomainEventMessage<>("ServiceRequest", requestId, 0, ServiceRequestEvents.received(
                        requestId, subsidiary, ServiceCategory.INFORMATION, Channel.HOTLINE, "Opening hours?", T0)),
                new GenericDomainEventMessage<>("Complaint", complaintId, 1,
                        forwarded(complaintId, "D1", T0.plusSeconds(60))),
                new GenericDomainEventMessage<>("ServiceRequest", requestId, 1,
                        ServiceRequestEvents.assigned(requestId, T0.plusSeconds(120)))));
    }

    @Test
    void stored_events_fold_into_one_state_per_case_in_the_order_the_cases_appear() {
        List<CaseState> states = replay.replayStored(stored());

        assertThat(states).extracting(CaseState::aggregateId).containsExactly(complaintId, requestId);
        CaseState complaint = states.getFirst();
        assertThat(complaint.aggregateType()).isEqualTo("Complaint");
        assertThat(complaint.sequence()).isEqualTo(1);
        JsonNode fields = AggregateStateJson.of(complaint.aggregate());
        assertThat(fields.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(fields.path("urgency").asText()).isEqualTo("URGENT");
        assertThat(fields.path("deadlines").path("onSiteDueAt").asText()).isEqualTo("2026-04-01T02:10:00Z");
        assertThat(AggregateStateJson.of(states.get(1).aggregate()).path("status").asText()).isEqualTo("ASSIGNED");
    }

    @Test
    void export_lines_fold_like_the_rows_they_were_written_from() {
        List<StoredEvent> fromLines = new ArrayList<>();
        for (StoredEvent row : stored()) {
            fromLines.add(StoredEvent.fromExportLine(exportLine(row)));
        }

        List<CaseState> fromExport = replay.replayStored(fromLines);
        List<CaseState> fromRows = replay.replayStored(stored());

        assertThat(fromExport).hasSize(2);
        for (int i = 0; i < fromExport.size(); i++) {
            assertThat(fromExport.get(i).asOf()).isEqualTo(fromRows.get(i).asOf());
            assertThat(AggregateStateJson.of(fromExport.get(i).aggregate()))
                    .isEqualTo(AggregateStateJson.of(fromRows.get(i).aggregate()));
        }
    }

    @Test
    void a_type_the_command_side_does_not_define_is_refused_by_name() {
        List<StoredEvent> rows = stored().stream().filter(e -> e.aggregateId().equals(complaintId))
                .map(e -> new StoredEvent("Grievance", e.aggregateId(), e.sequence(), e.eventId(), e.timestamp(),
                        e.payloadType(), e.revision(), e.payload(), e.metadata()))
                .toList();

        assertThatThrownBy(() -> replay.replayStored(rows)).isInstanceOf(AggregateReplay.UnknownAggregateType.class)
                .hasMessageContaining("Grievance");
    }

    @Test
    void the_command_side_contributes_classes_only_to_the_query_side() {
        assertThat(context.getBeanDefinitionNames()).allSatisfy(name -> {
            Class<?> type = context.getType(name);
            assertThat(type == null ? "" : type.getName()).as(name).doesNotStartWith("com.serviceledger.command.");
        });
        assertThat(ClassUtils.isPresent("com.github.kagkarlsson.scheduler.Scheduler", null)).isFalse();
        // the command side's application.yml is on the classpath too, behind the query side's own
        assertThat(context.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo("serviceledger-query-side");
        assertThat(new AggregateTypes().types()).contains("Complaint", "ServiceRequest", "Inspection",
                "Rectification", "Scorecard", "StaffRecord", "SubsidiaryPolicy", "Subsidiary", "StaffMember");
    }

    /** This test's rows of the event store's table, in global order, as the export reads them. */
    private List<StoredEvent> stored() {
        return jdbc.query("""
                        SELECT type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,
                               payloadrevision, payload, metadata
                        FROM domainevententry WHERE aggregateidentifier IN (?, ?) ORDER BY globalindex""",
                (row, n) -> new StoredEvent(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), tree(row.getBytes(8)),
                        tree(row.getBytes(9))), complaintId, requestId);
    }

    private static ObjectNode exportLine(StoredEvent row) {
        ObjectNode line = JSON.createObjectNode();
        line.put("globalIndex", 1).put("eventId", row.eventId()).put("aggregateType", row.aggregateType())
                .put("aggregateId", row.aggregateId()).put("sequence", row.sequence())
                .put("timestamp", row.timestamp()).put("payloadType", row.payloadType())
                .put("revision", row.revision());
        line.set("payload", row.payload());
        line.set("metadata", row.metadata());
        return line;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
