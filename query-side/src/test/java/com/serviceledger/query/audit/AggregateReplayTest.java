package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The Spring-free replay an offline tool uses: stored events (read raw from the event table, and the lines of
 * the NDJSON export) folded into the command side's aggregates. Also checks that
 * the command side's classes bring nothing of the command side into the query side's context.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");

    private final ComplaintEventLog log;
    private final StoredEvents storedEvents;
    private final Api api;
    private final ApplicationContext context;
    private final AggregateReplay replay = AggregateReplay.withStoreDefaults();
    private final String complaintId = newComplaintId();
    private final String requestId = ServiceRequestEvents.newRequestId();
    private final String subsidiary = newSubsidiary();

    AggregateReplayTest(ComplaintEventLog log, StoredEvents storedEvents, Api api, ApplicationContext context) {
        this.log = log;
        this.storedEvents = storedEvents;
        this.api = api;
        this.context = context;
    }

    /** A complaint and a service request whose events are interleaved in the store, as an export has them. */
    @BeforeAll
    void interleavedCases() {
        log.eventStore().publish(List.of(
                event("Complaint", complaintId, 0, received(complaintId, subsidiary, T0).urgent().event(), T0),
                event("ServiceRequest", requestId, 0, ServiceRequestEvents.received(requestId, subsidiary,
                        ServiceCategory.INFORMATION, Channel.HOTLINE, "Opening hours?", T0.plusSeconds(30)),
                        T0.plusSeconds(30)),
                event("Complaint", complaintId, 1, forwarded(complaintId, "D1", T0.plusSeconds(60)),
                        T0.plusSeconds(60)),
                event("ServiceRequest", requestId, 1, ServiceRequestEvents.assigned(requestId, T0.plusSeconds(120)),
                        T0.plusSeconds(120))));
    }

    private static GenericDomainEventMessage<?> event(String type, String id, long seq, Object payload,
                                                      Instant timestamp) {
        return new GenericDomainEventMessage<>(type, id, seq, payload, MetaData.with(MetadataKeys.PRINCIPAL,
                "replay-test"), UUID.randomUUID().toString(), timestamp);
    }

    @Test
    void a_case_read_raw_from_the_event_table_folds_into_the_command_side_aggregate() {
        List<CaseState> states = replay.replayStored(storedEvents.ofCase(complaintId).block());

        assertThat(states).hasSize(1);
        CaseState complaint = states.getFirst();
        assertThat(complaint.aggregateType()).isEqualTo("Complaint");
        assertThat(complaint.aggregateId()).isEqualTo(complaintId);
        assertThat(complaint.sequence()).isEqualTo(1);
        assertThat(complaint.asOf()).isEqualTo(T0.plusSeconds(60));
        JsonNode fields = AggregateStateJson.of(complaint.aggregate());
        assertThat(fields.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(fields.path("urgency").asText()).isEqualTo("URGENT");
        assertThat(fields.path("deadlines").path("onSiteDueAt").asText()).isEqualTo("2026-04-01T02:10:00Z");
    }

    @Test
    void an_exported_slice_folds_into_one_state_per_case_in_the_order_the_cases_appear() {
        String ndjson = api.get("/api/audit/export?from=2026-04-01&to=2026-04-02&unit=" + subsidiary)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        List<StoredEvent> lines = new ArrayList<>();
        ndjson.lines().forEach(line -> lines.add(StoredEvent.fromExportLine(tree(line))));

        List<CaseState> states = replay.replayStored(lines);

        assertThat(lines).hasSize(4);
        assertThat(states).extracting(CaseState::aggregateId).containsExactly(complaintId, requestId);
        assertThat(states).extracting(CaseState::sequence).containsExactly(1L, 1L);
        assertThat(AggregateStateJson.of(states.get(1).aggregate()).path("status").asText()).isEqualTo("ASSIGNED");
        CaseState fromTable = replay.replayStored(storedEvents.ofCase(complaintId).block()).getFirst();
        assertThat(AggregateStateJson.of(states.getFirst().aggregate()))
                .isEqualTo(AggregateStateJson.of(fromTable.aggregate()));
    }

    @Test
    void a_type_the_command_side_does_not_define_is_refused_by_name() {
        List<StoredEvent> rows = storedEvents.ofCase(complaintId).block().stream()
                .map(e -> new StoredEvent(e.globalIndex(), e.eventId(), "Grievance", e.aggregateId(), e.sequence(),
                        e.timestamp(), e.payloadType(), e.revision(), e.payload(), e.metadata()))
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

    @Test
    void every_aggregate_of_the_command_side_is_replayable() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        List<String> aggregates = scanner.findCandidateComponents("com.serviceledger.command").stream()
                .map(definition -> ClassUtils.getShortName(definition.getBeanClassName())).toList();

        assertThat(aggregates).hasSizeGreaterThanOrEqualTo(15);
        assertThat(new AggregateTypes().types()).containsAll(aggregates);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
