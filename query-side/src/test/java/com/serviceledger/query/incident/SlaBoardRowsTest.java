package com.serviceledger.query.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import com.serviceledger.kernel.incident.IncidentDeadline;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentReported;
import com.serviceledger.kernel.incident.IncidentResolved;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.PlanContent;
import com.serviceledger.query.view.OpenCase;
import com.serviceledger.query.view.OpenCase.Standing;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The SLA board's rows of incidents and drills as their views give them: the deadline still open (report, then
 * review) with the warning and breach of that deadline only, and the drills planned and not recorded.
 */
class SlaBoardRowsTest {

    static final OrgUnit UNIT = new OrgUnit("sub-1", "dept-it");
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant REPORT_DUE = T0.plusSeconds(3600);
    static final Instant REVIEW_DUE = T0.plusSeconds(86400 * 7);

    private long sequence;

    @Test
    void anIncidentShowsItsReportDueThenItsReviewEachWithItsOwnWarningAndBreach() {
        IncidentView view = IncidentView.empty("INC-1");
        fold(view, new IncidentDeclared("INC-1", UNIT, EmergencyKind.SYSTEM_FAILURE, IncidentSeverity.MAJOR,
                "Billing down", null, T0, REPORT_DUE, "v1", "Asia/Shanghai"));
        assertThat(view.openCase()).isEqualTo(new OpenCase("incident", "INC-1", "sub-1", "dept-it", "DECLARED",
                "incidentReport", REPORT_DUE, Standing.ON_TRACK, "Asia/Shanghai", null));

        fold(view, new IncidentDeadlineWarningRaised("INC-1", UNIT, IncidentDeadline.REPORT, 50, REPORT_DUE,
                T0.plusSeconds(1800)));
        assertThat(view.openCase().standing()).isEqualTo(Standing.WARNING);
        fold(view, new IncidentDeadlineBreached("INC-1", UNIT, IncidentDeadline.REPORT, REPORT_DUE, REPORT_DUE));
        assertThat(view.openCase().standing()).isEqualTo(Standing.BREACHED);

        fold(view, new IncidentReported("INC-1", "head-1", "Failing over", REPORT_DUE.plusSeconds(60), false));
        assertThat(view.openCase().nextTarget()).as("nothing due between the report and the resolution").isNull();
        fold(view, new IncidentResolved("INC-1", "Failed over", T0.plusSeconds(7200), REVIEW_DUE));
        OpenCase review = view.openCase();
        assertThat(review.nextTarget()).isEqualTo("incidentReview");
        assertThat(review.dueAt()).isEqualTo(REVIEW_DUE);
        assertThat(review.status()).isEqualTo("RESOLVED");
        assertThat(review.standing()).as("the report's warning and breach are not the review's")
                .isEqualTo(Standing.ON_TRACK);
        fold(view, new IncidentDeadlineWarningRaised("INC-1", UNIT, IncidentDeadline.REVIEW, 75, REVIEW_DUE,
                REVIEW_DUE.minusSeconds(3600)));
        assertThat(view.openCase().standing()).isEqualTo(Standing.WARNING);
    }

    @Test
    void aPlanListsItsDrillsNotYetRecordedWarnedAndOverdue() {
        EmergencyPlanView plan = EmergencyPlanView.empty("EPL-sub-1-SYSTEM_FAILURE");
        fold(plan, new EmergencyPlanPublished("EPL-sub-1-SYSTEM_FAILURE", "sub-1", EmergencyKind.SYSTEM_FAILURE, 1,
                new PlanContent("p", "d", "r", "o"), null, T0, "Asia/Shanghai"));
        Instant due1 = T0.plusSeconds(86400);
        Instant due2 = T0.plusSeconds(86400 * 2);
        Instant due3 = T0.plusSeconds(86400 * 3);
        fold(plan, planned("DRL-1", due1));
        fold(plan, planned("DRL-2", due2));
        fold(plan, planned("DRL-3", due3));
        fold(plan, new DrillWarningRaised("EPL-sub-1-SYSTEM_FAILURE", "DRL-2", "sub-1", 75, due2, due2));
        fold(plan, new DrillOverdue("EPL-sub-1-SYSTEM_FAILURE", "DRL-3", "sub-1", due3, due3));
        fold(plan, new DrillHeld("EPL-sub-1-SYSTEM_FAILURE", "DRL-1", "sub-1", 12, "fine", due1, true));

        assertThat(plan.openDrills()).containsExactly(
                new OpenCase("drill", "DRL-2", "sub-1", null, "PLANNED", "drillRecord", due2, Standing.WARNING,
                        "Asia/Shanghai", null, "SYSTEM_FAILURE"),
                new OpenCase("drill", "DRL-3", "sub-1", null, "PLANNED", "drillRecord", due3, Standing.BREACHED,
                        "Asia/Shanghai", null, "SYSTEM_FAILURE"));
    }

    private static DrillPlanned planned(String drillId, Instant due) {
        return new DrillPlanned("EPL-sub-1-SYSTEM_FAILURE", drillId, "sub-1", EmergencyKind.SYSTEM_FAILURE, 1,
                "Server fails", due.minusSeconds(3600), due, T0, "v1", "Asia/Shanghai");
    }

    private void fold(com.serviceledger.query.view.SequencedView view, Object event) {
        view.fold(event, sequence++, T0);
    }
}
