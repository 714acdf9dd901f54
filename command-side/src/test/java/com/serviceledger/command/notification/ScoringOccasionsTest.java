package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.notification.RecipientRole;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.StaffWarned;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 002 第4篇 4: criticism and education reach the staff member and their direct supervisor; corrections are told. */
class ScoringOccasionsTest {

    static final Instant HIRED = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    static final String CARD = "SC:staff-9:2026-03";

    final Occasions occasions = new Occasions((caseId, seq) -> CaseFacts.NONE, new FixtureDirectory()
            .hired(new StaffChain("staff-9", "sub-1", "dept-sales", "weighbridge", "sup-2", "lead-1"), HIRED));

    @Test
    void criticismAndEducationGoToTheStaffMemberWithTheirDirectSupervisorAsHandler() {
        Occasion occasion = occasions.of(new StaffWarned(CARD, "staff-9", "sub-1", "2026-03", 2, List.of("c1", "c2"),
                "improve", "2027-03", false, "v1", AT), CARD, 5).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.STAFF_WARNING);
        assertThat(occasion.staffMemberId()).isEqualTo("staff-9");
        assertThat(occasion.handlerId()).isEqualTo("sup-2");
        assertThat(occasion.departmentId()).isEqualTo("dept-sales");
        assertThat(occasion.facts()).containsEntry("standsThroughMonth", "2027-03").containsEntry("complaintCount", 2);
        assertThat(NotificationTerms.defaults().ruleFor(NotificationKind.STAFF_WARNING, null).orElseThrow()
                .recipients()).isEqualTo(Set.of(RecipientRole.STAFF_MEMBER, RecipientRole.HANDLER,
                RecipientRole.DEPARTMENT_HEAD));
    }

    @Test
    void aClosedMonthsCorrectionIsToldWithItsTotalsBeforeAndAfter() {
        Occasion occasion = occasions.of(new ScorecardCorrected(CARD, "staff-9", "2026-03", "CMP-2", "late", 1, 2, 5,
                15, 0, 0, 5, 15, "v1", AT), CARD, 6).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.SCORECARD_CORRECTED);
        assertThat(occasion.staffMemberId()).isEqualTo("staff-9");
        assertThat(occasion.subsidiaryId()).isEqualTo("sub-1");
        assertThat(occasion.facts()).containsEntry("complaintCountBefore", 1).containsEntry("complaintCountAfter", 2)
                .containsEntry("totalPointsAfter", 15);
    }
}
