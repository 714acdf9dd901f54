package com.serviceledger.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.query.audit.replay.ExportedEvent;
import com.serviceledger.query.audit.replay.ReplayedHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks can fail: what counts as one effect of a command or a timer, and what counts as a view difference. */
class ChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KERNEL = "com.serviceledger.kernel.";

    @Test
    void a_command_executed_twice_is_two_effects_of_one_key() throws IOException {
        ExportedEvent assigned = event(7, "SRQ-1", 1, "servicerequest.ServiceRequestAssigned", "c-1",
                "{\"requestId\":\"SRQ-1\",\"assigneeId\":\"a\",\"assignedAt\":\"2026-11-26T09:00:00Z\"}");
        ExportedEvent again = event(9, "SRQ-1", 3, "servicerequest.ServiceRequestAssigned", "c-1",
                "{\"requestId\":\"SRQ-1\",\"assigneeId\":\"a\",\"assignedAt\":\"2026-11-26T09:00:05Z\"}");
        ExportedEvent other = event(9, "SRQ-1", 3, "servicerequest.ServiceRequestAssigned", "c-2",
                "{\"requestId\":\"SRQ-1\",\"assigneeId\":\"a\",\"assignedAt\":\"2026-11-26T09:00:05Z\"}");
        assertThat(StoreCheck.effectKey(again)).isEqualTo(StoreCheck.effectKey(assigned));
        assertThat(StoreCheck.effectKey(other)).isNotEqualTo(StoreCheck.effectKey(assigned));
    }

    @Test
    void a_creating_command_executed_twice_makes_a_second_case_of_its_type() throws IOException {
        ExportedEvent first = event(1, "CMP-1", 0, "complaint.ComplaintReceived", "c-1", "{\"complaintId\":\"CMP-1\"}");
        ExportedEvent second = event(2, "CMP-2", 0, "complaint.ComplaintReceived", "c-1", "{\"complaintId\":\"CMP-2\"}");
        List<String> examples = new ArrayList<>();
        assertThat(StoreCheck.createdTwice(Map.of("c-1", List.of(first, second)),
                List.of(ack("c-1", "/api/complaints", "CMP-1")), examples)).isEqualTo(1);
        assertThat(examples).singleElement().asString().contains("CMP-1", "CMP-2");
    }

    @Test
    void cases_a_relay_opens_from_one_command_are_its_consequences_not_a_second_execution() throws IOException {
        ExportedEvent inspection = event(1, "INS-1", 0, "inspection.InspectionRecorded", "c-1", "{}");
        ExportedEvent firstItem = event(2, "RCT-INS-1-3", 0, "inspection.RectificationRaised", "c-1", "{}");
        ExportedEvent secondItem = event(3, "RCT-INS-1-4", 0, "inspection.RectificationRaised", "c-1", "{}");
        assertThat(StoreCheck.createdTwice(Map.of("c-1", List.of(inspection, firstItem, secondItem)),
                List.of(ack("c-1", "/api/inspections", "INS-1")), new ArrayList<>())).isZero();
        assertThat(StoreCheck.effectKey(secondItem)).isNotEqualTo(StoreCheck.effectKey(firstItem));
    }

    @Test
    void an_answer_names_the_cases_the_relay_opens() {
        assertThat(RecordingLoad.opened("{\"inspectionId\":\"INS-1\",\"rectificationIds\":[\"RCT-INS-1-3\","
                + "\"RCT-INS-1-4\"]}")).containsExactly("RCT-INS-1-3", "RCT-INS-1-4");
        assertThat(RecordingLoad.opened("{\"inspectionId\":\"INS-1\",\"rectificationIds\":[]}")).isEmpty();
        assertThat(RecordingLoad.opened("{\"complaintId\":\"CMP-1\"}")).isEmpty();
    }

    private static Ack ack(String correlation, String path, String caseId) {
        return new Ack(correlation, "k-" + correlation, path, caseId, false, false, List.of());
    }

    @Test
    void timer_checkpoints_are_told_apart_by_percent_and_due_time_not_by_when_they_fired() throws IOException {
        String type = "servicerequest.ServiceRequestSlaWarningRaised";
        ExportedEvent at50 = event(1, "SRQ-1", 4, type, "c-9", warning(50, "2026-11-26T09:00:10Z"));
        ExportedEvent at50again = event(2, "SRQ-1", 5, type, "c-9", warning(50, "2026-11-26T09:00:12Z"));
        ExportedEvent at80 = event(3, "SRQ-1", 6, type, "c-9", warning(80, "2026-11-26T09:00:12Z"));
        assertThat(StoreCheck.effectKey(at50again)).isEqualTo(StoreCheck.effectKey(at50));
        assertThat(StoreCheck.effectKey(at80)).isNotEqualTo(StoreCheck.effectKey(at50));
    }

    @Test
    void documents_differ_in_any_field_but_not_in_null_number_or_instant_spelling() throws IOException {
        JsonNode folded = JSON.readTree("{\"status\":\"CLOSED\",\"score\":4,\"at\":\"2026-11-26T09:00:00Z\","
                + "\"sla\":{\"met\":true},\"note\":null}");
        assertThat(ViewCheck.difference("", folded, JSON.readTree("{\"status\":\"CLOSED\",\"score\":4.0,"
                + "\"at\":\"2026-11-26T09:00:00.000Z\",\"sla\":{\"met\":true}}"))).isNull();
        assertThat(ViewCheck.difference("", folded, JSON.readTree("{\"status\":\"CLOSED\",\"score\":4,"
                + "\"at\":\"2026-11-26T09:00:00Z\",\"sla\":{\"met\":false}}"))).startsWith("sla.met:");
        assertThat(ViewCheck.difference("", folded, JSON.readTree("{\"status\":\"CLOSED\",\"score\":4,"
                + "\"at\":\"2026-11-26T09:00:00Z\",\"sla\":{\"met\":true},\"extra\":1}"))).startsWith("extra:");
    }

    /** Each event once, none extra, each the document the projection makes of it: the history check can fail. */
    @Test
    void the_history_differs_when_a_document_is_missing_extra_doubled_or_different() throws IOException {
        List<ExportedEvent> events = List.of(
                event(1, "CMP-1", 0, "complaint.ComplaintReceived", "c-1", "{\"complaintId\":\"CMP-1\","
                        + "\"complainedAbout\":{\"subsidiaryId\":\"SUB-1\",\"departmentId\":\"D1\"}}"),
                event(2, "CMP-1", 1, "complaint.CustomerContacted", "c-2", "{\"complaintId\":\"CMP-1\","
                        + "\"note\":\"called back\"}"));
        Map<String, JsonNode> appended = new LinkedHashMap<>();
        ReplayedHistory projection = new ReplayedHistory();
        events.forEach(e -> projection.of(e).forEach(d -> appended.put(d.eventId(), JSON.valueToTree(d.source()))));
        // as Elasticsearch may spell the time: more fraction digits
        ((ObjectNode) appended.get("e1")).put("@timestamp", "2026-11-26T09:00:00.000Z");
        assertThat(appended.get("e2").path("unit").path("departmentId").asText()).as("filed under its complaint's unit")
                .isEqualTo("D1");

        HistoryCheck.Result same = HistoryCheck.compare(new LinkedHashMap<>(appended), List.of(), events, 10);
        assertThat(same.documents()).isEqualTo(2);
        assertThat(same.compared()).isEqualTo(2);
        assertThat(same.mismatched()).as("%s", same.differences()).isZero();

        Map<String, JsonNode> changed = new LinkedHashMap<>(appended);
        changed.put("e2", appended.get("e2").deepCopy());
        ((ObjectNode) changed.get("e2").path("unit")).put("departmentId", "D2");
        HistoryCheck.Result different = HistoryCheck.compare(changed, List.of(), events, 10);
        assertThat(different.mismatched()).isEqualTo(1);
        assertThat(different.differences()).singleElement().asString().startsWith("history e2: unit.departmentId:");

        Map<String, JsonNode> wrongSet = new LinkedHashMap<>(appended);
        wrongSet.remove("e1");
        wrongSet.put("e9", appended.get("e2"));
        HistoryCheck.Result wrong = HistoryCheck.compare(wrongSet, List.of("e2"), events, 10);
        assertThat(wrong.documents()).isEqualTo(3);
        assertThat(wrong.compared()).isEqualTo(4);
        assertThat(wrong.mismatched()).isEqualTo(3);
        assertThat(wrong.differences()).anySatisfy(d -> assertThat(d).startsWith("history e2: stored more than once"))
                .anySatisfy(d -> assertThat(d).startsWith("history e1: missing from sq-history"))
                .anySatisfy(d -> assertThat(d).startsWith("history e9: in sq-history but no stored event makes it"));
    }

    private static String warning(int percent, String raisedAt) {
        return "{\"requestId\":\"SRQ-1\",\"target\":\"DELIVERY\",\"percentElapsed\":" + percent
                + ",\"dueAt\":\"2026-11-26T09:00:20Z\",\"raisedAt\":\"" + raisedAt + "\"}";
    }

    private static ExportedEvent event(long global, String aggregateId, long sequence, String type,
                                       String correlation, String payload) throws IOException {
        String aggregateType = switch (aggregateId.substring(0, 3)) {
            case "CMP" -> "Complaint";
            case "INS" -> "Inspection";
            case "RCT" -> "Rectification";
            default -> "ServiceRequest";
        };
        return new ExportedEvent(global, "e" + global, aggregateType,
                aggregateId, sequence, "2026-11-26T09:00:00Z", KERNEL + type, "1", JSON.readTree(payload),
                JSON.readTree("{\"correlationId\":\"" + correlation + "\"}"));
    }
}
