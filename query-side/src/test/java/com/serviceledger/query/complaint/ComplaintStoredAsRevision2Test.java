package com.serviceledger.query.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.platform.upcasting.ComplaintReceivedRevision2;
import com.serviceledger.query.rebuild.RebuildState;
import com.serviceledger.query.rebuild.RebuildStatus;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A complaint whose first event the previous version stored as {@code ComplaintReceived} revision 2 (the
 * complained-about unit still named {@code target}), inserted as that raw row: every reader on this side reads it
 * through the event store's upcaster chain, and the row itself stays as stored.
 */
@QuerySideTest
class ComplaintStoredAsRevision2Test {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");

    private final DataSource dataSource;
    private final Api api;

    ComplaintStoredAsRevision2Test(DataSource dataSource, Api api) {
        this.dataSource = dataSource;
        this.api = api;
    }

    private ComplaintReceivedRevision2 storedAsRevision2() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var stored = new ComplaintReceivedRevision2("CMP-REV2-" + unique, "SUB-REV2-" + unique, "DEP-WEIGHBRIDGE",
                RECEIVED, "agent-rev2");
        stored.insertInto(dataSource);
        return stored;
    }

    @Test
    void the_complaint_view_projects_it_with_its_unit() {
        var stored = storedAsRevision2();

        Map<String, Object> view = awaitView(stored);

        assertThat(view).containsEntry("subsidiaryId", stored.subsidiaryId())
                .containsEntry("departmentId", "DEP-WEIGHBRIDGE").containsEntry("status", "RECEIVED")
                .containsEntry("receivedDate", "2026-03-10").containsEntry("lastSequence", 0);
    }

    @Test
    void the_audit_state_folds_it_and_its_chain_verifies_as_stored() {
        var stored = storedAsRevision2();

        Map<String, Object> state = api.json("/api/audit/cases/" + stored.complaintId() + "/state");
        assertThat(state).containsEntry("aggregateType", "Complaint").containsEntry("sequence", 0);
        assertThat(map(state.get("state"))).containsEntry("status", "RECEIVED")
                .containsEntry("subsidiaryId", stored.subsidiaryId());

        assertThat(api.json("/api/audit/cases/" + stored.complaintId() + "/verification"))
                .containsEntry("events", 1).containsEntry("intact", true);
    }

    @Test
    void a_rebuild_of_the_complaint_view_reads_it_again() {
        var stored = storedAsRevision2();
        awaitView(stored);

        var started = api.http().post().uri("/api/admin/views/{view}/rebuild", ComplaintProjection.PROCESSING_GROUP)
                .contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isAccepted().expectBody(RebuildStatus.class).returnResult();
        String location = started.getResponseHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(location).state() != RebuildState.REPLAYING
                        && status(location).state() != RebuildState.CATCHING_UP);
        RebuildStatus finished = status(location);

        assertThat(finished.failure()).isNull();
        assertThat(finished.state()).isEqualTo(RebuildState.COMPLETED);
        // the alias now names the rebuilt index, which only the rebuild's replay wrote this case into
        assertThat(api.json("/api/complaints/" + stored.complaintId()))
                .containsEntry("subsidiaryId", stored.subsidiaryId())
                .containsEntry("departmentId", "DEP-WEIGHBRIDGE");
    }

    private Map<String, Object> awaitView(ComplaintReceivedRevision2 stored) {
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/complaints/" + stored.complaintId()).returnResult(String.class)
                        .getStatus().is2xxSuccessful());
        return api.json("/api/complaints/" + stored.complaintId());
    }

    private RebuildStatus status(String location) {
        return api.get(location).expectStatus().isOk().expectBody(RebuildStatus.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
