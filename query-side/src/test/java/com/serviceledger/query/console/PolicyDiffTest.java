package com.serviceledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.query.console.PolicyDiff.Change;
import com.serviceledger.query.console.PolicyDiff.Kind;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChangedFieldIsNamedByItsPathWithItsOldAndNewValue() throws Exception {
        assertThat(PolicyDiff.between(terms("""
                {"timeZone":"Asia/Shanghai","complaint":{"contactTarget":"PT30M","resolutionDays":2}}"""), terms("""
                {"timeZone":"Asia/Shanghai","complaint":{"contactTarget":"PT20M","resolutionDays":2}}""")))
                .containsExactly(new Change("complaint.contactTarget", Kind.CHANGED, "PT30M", "PT20M"));
    }

    @Test
    void listsOfValuesAreComparedAsSetsEntryByEntry() throws Exception {
        assertThat(PolicyDiff.between(terms("""
                {"holidays":["2026-10-01","2026-10-02"]}"""), terms("""
                {"holidays":["2026-10-02","2027-01-01"]}""")))
                .containsExactly(new Change("holidays", Kind.REMOVED, "2026-10-01", null),
                        new Change("holidays", Kind.ADDED, null, "2027-01-01"));
        assertThat(PolicyDiff.between(terms("{\"holidays\":[\"a\",\"b\"]}"), terms("{\"holidays\":[\"b\",\"a\"]}")))
                .isEmpty();
    }

    @Test
    void notificationRulesAreMatchedByKindAndTarget() throws Exception {
        JsonNode before = terms("""
                {"notifications":{"rules":[
                  {"kind":"COMPLAINT_SLA_BREACH","target":"CONTACT","recipients":["HEAD"],"channels":["INBOX"]},
                  {"kind":"CASE_ASSIGNED","recipients":["ASSIGNEE"],"channels":["INBOX"]}]}}""");
        JsonNode after = terms("""
                {"notifications":{"rules":[
                  {"kind":"CASE_ASSIGNED","recipients":["ASSIGNEE"],"channels":["INBOX","EMAIL"]},
                  {"kind":"CASE_RESOLVED","recipients":["CUSTOMER"],"channels":["EMAIL"]}]}}""");
        assertThat(PolicyDiff.between(before, after)).containsExactly(
                new Change("notifications.rules[COMPLAINT_SLA_BREACH CONTACT]", Kind.REMOVED,
                        "kind: COMPLAINT_SLA_BREACH; target: CONTACT; recipients: HEAD; channels: INBOX", null),
                new Change("notifications.rules[CASE_ASSIGNED].channels", Kind.ADDED, null, "EMAIL"),
                new Change("notifications.rules[CASE_RESOLVED]", Kind.ADDED, null,
                        "kind: CASE_RESOLVED; recipients: CUSTOMER; channels: EMAIL"));
    }

    @Test
    void theTieredCataloguesBehavioursAreMatchedByTheirCode() throws Exception {
        JsonNode before = terms("""
                {"scoring":{"tier1Range":{"min":5,"max":15},"behaviours":[
                  {"code":"COLD_ATTITUDE","tier":"TIER_1","labelZh":"态度冷淡","labelEn":"cold attitude"},
                  {"code":"QUARREL","tier":"TIER_1","labelZh":"争执","labelEn":"quarrel"}]}}""");
        JsonNode after = terms("""
                {"scoring":{"tier1Range":{"min":5,"max":12},"behaviours":[
                  {"code":"QUARREL","tier":"TIER_2","labelZh":"争执","labelEn":"quarrel"}]}}""");
        assertThat(PolicyDiff.between(before, after)).containsExactly(
                new Change("scoring.tier1Range.max", Kind.CHANGED, "15", "12"),
                new Change("scoring.behaviours[COLD_ATTITUDE]", Kind.REMOVED,
                        "code: COLD_ATTITUDE; tier: TIER_1; labelZh: 态度冷淡; labelEn: cold attitude", null),
                new Change("scoring.behaviours[QUARREL].tier", Kind.CHANGED, "TIER_1", "TIER_2"));
    }

    @Test
    void aSectionOnlyOneVersionHasIsAddedOrRemovedWhole() throws Exception {
        assertThat(PolicyDiff.between(terms("{\"a\":1}"), terms("{\"a\":1,\"inspection\":{\"minorFixWindow\":\"P1D\"}}")))
                .containsExactly(new Change("inspection", Kind.ADDED, null, "minorFixWindow: P1D"));
        assertThat(PolicyDiff.between(terms("{\"a\":1,\"b\":null}"), terms("{\"a\":1}"))).isEmpty();
    }

    private static JsonNode terms(String json) throws Exception {
        return JSON.readTree(json);
    }
}
