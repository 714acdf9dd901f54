package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.improvement.ImprovementCause;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.notification.RecipientRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An improvement action's warning and breach are told to its owner and the unit's head (000 §5.4 item 2). */
class ImprovementActionOccasionsTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-03-12T01:00:00Z");
    static final OrgUnit UNIT = new OrgUnit("sub-1", "dept-billing");
    static final ImprovementActionRaised RAISED = new ImprovementActionRaised("IMP-1", UNIT,
            new ImprovementCause(CauseKind.UNIT_EVALUATION, "2026-02"), "second check", "staff-7", T0, DUE,
            "Asia/Shanghai", List.of(50, 80), "policy-7");

    final Occasions occasions = new Occasions((caseId, seq) -> CaseFacts.NONE.with(RAISED),
            new FixtureDirectory());

    @Test
    void warningGoesToTheOwnerAsHandlerOfTheActionsUnit() {
        Occasion occasion = occasions.of(new ImprovementActionWarningRaised("IMP-1", UNIT, "staff-7", 50, DUE,
                T0.plusSeconds(60)), "IMP-1", 1).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.IMPROVEMENT_ACTION_WARNING);
        assertThat(occasion.handlerId()).isEqualTo("staff-7");
        assertThat(occasion.subsidiaryId()).isEqualTo("sub-1");
        assertThat(occasion.departmentId()).isEqualTo("dept-billing");
        assertThat(occasion.caseType()).isEqualTo("improvement-action");
        assertThat(occasion.facts()).containsEntry("percentElapsed", 50).containsEntry("timeZone", "Asia/Shanghai");
    }

    @Test
    void breachIsToldToOwnerHeadAndQualitySupervisorByDefault() {
        Occasion occasion = occasions.of(new ImprovementActionOverdue("IMP-1", UNIT, "staff-7", DUE, DUE), "IMP-1", 2)
                .orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.IMPROVEMENT_ACTION_OVERDUE);
        assertThat(occasion.handlerId()).isEqualTo("staff-7");
        assertThat(NotificationTerms.defaults().ruleFor(NotificationKind.IMPROVEMENT_ACTION_OVERDUE, null)
                .orElseThrow().recipients()).isEqualTo(Set.of(RecipientRole.HANDLER, RecipientRole.DEPARTMENT_HEAD,
                RecipientRole.QUALITY_SUPERVISOR));
        assertThat(NotificationTerms.defaults().ruleFor(NotificationKind.IMPROVEMENT_ACTION_WARNING, null)
                .orElseThrow().recipients()).isEqualTo(Set.of(RecipientRole.HANDLER, RecipientRole.DEPARTMENT_HEAD));
    }
}
