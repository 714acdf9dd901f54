package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.IncidentDeadline;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.NotificationTexts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The time limits of incidents and drills are told to their unit, in both languages. */
class IncidentOccasionsTest {

    static final Instant DUE = Instant.parse("2026-03-02T03:00:00Z");
    final Occasions occasions = new Occasions((caseId, sequence) -> CaseFacts.NONE, null);

    @Test
    void reportWarningIsAnOccasionOfTheIncidentsUnit() {
        Occasion occasion = occasions.of(new IncidentDeadlineWarningRaised("INC-1", new OrgUnit("sub-1", "dept-it"),
                IncidentDeadline.REPORT, 50, DUE, DUE.minusSeconds(3600)), "INC-1", 1).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.INCIDENT_DEADLINE_WARNING);
        assertThat(occasion.caseType()).isEqualTo("incident");
        assertThat(occasion.subsidiaryId()).isEqualTo("sub-1");
        assertThat(occasion.departmentId()).isEqualTo("dept-it");
        assertThat(occasion.target()).isEqualTo("REPORT");
        assertThat(occasion.facts()).containsEntry("percentElapsed", 50).containsEntry("dueAt", DUE.toString());
    }

    @Test
    void reviewBreachAndOverdueDrillAreOccasionsToo() {
        assertThat(occasions.of(new IncidentDeadlineBreached("INC-1", new OrgUnit("sub-1", null),
                IncidentDeadline.REVIEW, DUE, DUE), "INC-1", 9).orElseThrow().kind())
                .isEqualTo(NotificationKind.INCIDENT_DEADLINE_BREACH);
        Occasion drill = occasions.of(new DrillOverdue("EPL-sub-1-OTHER", "DRL-1", "sub-1", DUE, DUE),
                "EPL-sub-1-OTHER", 4).orElseThrow();
        assertThat(drill.kind()).isEqualTo(NotificationKind.DRILL_OVERDUE);
        assertThat(drill.caseType()).isEqualTo("emergency-plan");
        assertThat(drill.subsidiaryId()).isEqualTo("sub-1");
    }

    @Test
    void breachReadsInBothLanguages() {
        String payload = """
                {"kind":"INCIDENT_DEADLINE_BREACH","caseId":"INC-1","caseType":"incident","subsidiaryId":"sub-1",
                 "facts":{"target":"REPORT","dueAt":"2026-03-02T03:00:00Z"}}""";
        assertThat(NotificationTexts.render(NotificationKind.INCIDENT_DEADLINE_BREACH, Language.EN, payload).subject())
                .isEqualTo("Incident INC-1 missed its report to the superiors deadline");
        assertThat(NotificationTexts.render(NotificationKind.INCIDENT_DEADLINE_BREACH, Language.ZH_CN, payload)
                .subject()).isEqualTo("突发事件 INC-1 的向上级汇报已超时");
    }
}
