package com.serviceledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_complaints_words_go_its_ids_codes_times_and_figures_stay() throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree("""
                {"complaintId":"CMP-1","channel":"HOTLINE","content":"The clerk was rude","demand":"An apology",
                 "complainedAbout":{"subsidiaryId":"sub-1","departmentId":"D1","postId":"P1","staffId":"S7"},
                 "urgency":"URGENT","receivedAt":"2026-03-10T01:00:00Z","timeZone":"Asia/Shanghai",
                 "policyVersion":"sub-1/v2","deadlines":{"contactDueAt":"2026-03-10T01:30:00Z"},
                 "addedLater":"a field no one listed","score":5}""");

        FreeText.redact(ComplaintReceived.class, payload);

        assertThat(json.writeValueAsString(payload)).doesNotContain("rude", "apology", "no one listed");
        assertThat(payload.get("content").asText()).isEqualTo(FreeText.REDACTED);
        assertThat(payload.get("addedLater").asText()).isEqualTo(FreeText.REDACTED);
        assertThat(payload.get("complainedAbout")).isEqualTo(json.readTree(
                "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"D1\",\"postId\":\"P1\",\"staffId\":\"S7\"}"));
        assertThat(payload.get("channel").asText()).isEqualTo("HOTLINE");
        assertThat(payload.get("urgency").asText()).isEqualTo("URGENT");
        assertThat(payload.get("receivedAt").asText()).isEqualTo("2026-03-10T01:00:00Z");
        assertThat(payload.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(payload.get("policyVersion").asText()).isEqualTo("sub-1/v2");
        assertThat(payload.get("deadlines").get("contactDueAt").asText()).isEqualTo("2026-03-10T01:30:00Z");
        assertThat(payload.get("score").asInt()).isEqualTo(5);
    }

    @Test
    void notes_inside_lists_of_records_go_too() throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree("""
                {"inspectionId":"INS-1","items":[{"standardCode":"C-1","result":"FAIL","note":"Dirty floor",
                 "severity":"MAJOR","responsibleStaffId":"S7"}],"month":"2026-03"}""");

        FreeText.redact(InspectionRecorded.class, payload);

        assertThat(payload.get("items").get(0)).isEqualTo(json.readTree("""
                {"standardCode":"C-1","result":"FAIL","note":"[redacted]","severity":"MAJOR",
                 "responsibleStaffId":"S7"}"""));
        assertThat(payload.get("month").asText()).isEqualTo("2026-03");
    }

    @Test
    void a_payload_of_an_unknown_type_keeps_only_what_is_named_like_an_id_or_a_code() throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree("""
                {"caseId":"CMP-1","status":"OPEN","reason":"Because","nested":{"staffId":"S7","words":["a"]}}""");

        FreeText.redact(null, payload);

        assertThat(payload).isEqualTo(json.readTree("""
                {"caseId":"CMP-1","status":"[redacted]","reason":"[redacted]",
                 "nested":{"staffId":"S7","words":["[redacted]"]}}"""));
    }
}
