package com.serviceledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The offline replay folds a staff member's month as the live view does: a complaint verified after the close, its
 * correction with the totals before and after, and the criticism and education the corrected count brought late.
 */
class ReplayedScorecardTest {

    private static final ObjectMapper AXON = SerializerConfiguration.axonObjectMapper();
    private static final Instant AT = Instant.parse("2026-03-10T01:00:00Z");
    private static final Instant LATE = Instant.parse("2026-04-08T01:00:00Z");
    private static final String CARD = "SC:staff-9:2026-03";

    @Test
    @SuppressWarnings("unchecked")
    void aClosedMonthCorrectedAfterItsCloseReplaysWithItsCorrectionAndItsLateWarning() {
        List<Object> payloads = List.of(
                new ScorecardOpened(CARD, "staff-9", "2026-03", "Asia/Shanghai", "sub-1", "dept-sales", "v1",
                        ScoringTerms.defaults()),
                scored("CMP-1", 1, 5, AT),
                new ScorecardClosed(CARD, "staff-9", "2026-03", 1, 5, 0, 5, false, BigDecimal.ZERO, "v1", LATE),
                scored("CMP-2", 2, 10, LATE),
                new ScorecardCorrected(CARD, "staff-9", "2026-03", "CMP-2", "verified after the close", 1, 2, 5, 15,
                        0, 0, 5, 15, "v1", LATE),
                new StaffWarned(CARD, "staff-9", "sub-1", "2026-03", 2, List.of("1st", "2nd"), "improve", "2027-03",
                        true, "v1", LATE));
        ReplayedViews views = new ReplayedViews();
        for (int i = 0; i < payloads.size(); i++) {
            views.fold(exported(i, payloads.get(i)));
        }

        assertThat(views.problems()).isEmpty();
        Map<String, Object> card = ReplayedViews.documentMapper()
                .convertValue(views.of(ReplayedViews.Kind.SCORECARD).get(CARD), Map.class);
        assertThat(card).containsEntry("complaintCount", 2).containsEntry("totalPoints", 15)
                .containsEntry("corrected", true).containsEntry("warned", true).containsEntry("status", "CLOSED");
        assertThat((List<Map<String, Object>>) card.get("corrections")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("complaintCountBefore", 1)
                        .containsEntry("complaintCountAfter", 2).containsEntry("totalPointsAfter", 15));
        assertThat((Map<String, Object>) card.get("warning")).containsEntry("late", true)
                .containsEntry("standsThroughMonth", "2027-03");
    }

    private static ComplaintScored scored(String complaintId, int n, int points, Instant at) {
        return new ComplaintScored(CARD, "staff-9", "2026-03", complaintId, MisconductCategory.ATTITUDE, null, n,
                points, "cause " + n, null, false, null, 0, null, 0, ScoringRuleSet.ESCALATING_5, "v1",
                "Asia/Shanghai", "sub-1", at);
    }

    private static ExportedEvent exported(int sequence, Object payload) {
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        return new ExportedEvent(sequence + 1, "event-" + sequence, "Scorecard", CARD, sequence,
                DateTimeUtils.formatInstant(AT.plusSeconds(sequence)), payload.getClass().getName(),
                revision == null ? null : revision.value(), AXON.valueToTree(payload),
                new ObjectMapper().createObjectNode());
    }
}
