package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.complaint.ComplaintEscalationWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.UnitPosition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 002 第4篇 六: the department head reports a complaint's result to the operations staff the same day, and they record
 * the final result with an evaluation of the handling, which the head and the quality supervisors hear of; 001 §3.3
 * item 4: before a complaint without an accepted solution goes to management for time, its head and the quality
 * supervisors are warned. Recipients are resolved from the directory, as the planner does.
 */
class ComplaintOutcomeOccasionsTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    final FixtureDirectory directory = new FixtureDirectory().subsidiary("sub-1", "dept-billing", "dept-cs")
            .staff("sub-1", "dept-billing", "head-1", "handler-1")
            .staff("sub-1", "dept-cs", "agent-1", "agent-2")
            .staff("sub-1", "dept-mgmt", "qs-1")
            .file("sub-1", new AppointedToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-billing",
                    LONG_AGO))
            .file("sub-1", new AppointedToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-1", null, LONG_AGO))
            .file("sub-1", new AppointedToPosition("sub-1", UnitPosition.OPERATIONS_STAFF, "agent-1", null,
                    LONG_AGO));
    /** As the complaint's events fold: received for sub-1, forwarded to dept-billing's head, a handler named. */
    final Occasions occasions = new Occasions((caseId, seq) -> new CaseFacts("sub-1", "dept-billing", "head-1",
            "handler-1", null, null, false, "Asia/Shanghai"), directory);
    final Recipients recipients = new Recipients(directory);

    @Test
    void resultReportedByTheHeadReachesTheOperationsStaff() {
        Occasion occasion = occasions.of(new ComplaintResultReported("CMP-1", "sealed-result", T0, true), "CMP-1", 9)
                .orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.COMPLAINT_RESULT_REPORTED);
        assertThat(occasion.facts()).containsEntry("withinTarget", true).doesNotContainKey("result");
        assertThat(staffTold(occasion)).containsExactly("agent-1");
    }

    @Test
    void outcomeWithItsEvaluationReachesTheHeadAndTheQualitySupervisors() {
        Occasion occasion = occasions.of(new ComplaintOutcomeRecorded("CMP-1", "sealed-final", 4, T0), "CMP-1", 10)
                .orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.COMPLAINT_OUTCOME_RECORDED);
        assertThat(occasion.facts()).containsEntry("evaluation", 4).doesNotContainKey("finalResult");
        assertThat(staffTold(occasion)).containsExactlyInAnyOrder("head-1", "qs-1");
    }

    @Test
    void warningBeforeTheTimeBasedEscalationReachesTheHeadAndTheQualitySupervisors() {
        Instant escalatesAt = T0.plusSeconds(7 * 86400);
        Occasion occasion = occasions.of(new ComplaintEscalationWarningRaised("CMP-1", 80, escalatesAt, 1, T0),
                "CMP-1", 11).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.COMPLAINT_ESCALATION_WARNING);
        assertThat(occasion.facts()).containsEntry("percentElapsed", 80).containsEntry("rejections", 1)
                .containsEntry("escalatesAt", escalatesAt.toString());
        assertThat(staffTold(occasion)).containsExactlyInAnyOrder("head-1", "qs-1");
    }

    private List<String> staffTold(Occasion occasion) {
        return recipients.of(occasion, NotificationTerms.defaults().ruleFor(occasion.kind(), occasion.target())
                .orElseThrow().recipients()).stream().map(Addressee::staffId).toList();
    }
}
