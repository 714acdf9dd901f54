package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.ComplainingDepartment;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.notification.RecipientRole;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.notification.NotificationTexts;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A department's complaint (002 第5篇 二.2) is told to the accused department's head on receipt, and its outcome to
 * the complaining department's head; a customer's complaint's outcome is told to no department.
 */
class DepartmentComplaintOccasionsTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final ComplaintTarget BILLING = new ComplaintTarget("sub-1", "dept-billing", null, "staff-9");
    static final ComplaintDeadlines DUE = new ComplaintDeadlines(T0.plusSeconds(1800), T0.plusSeconds(14400), null,
            T0.plusSeconds(172800));
    static final ComplaintReceived FROM_SALES = new ComplaintReceived("CMP-D1", Channel.EMAIL, null, "late invoices",
            null, BILLING, Urgency.NORMAL, T0, "Asia/Shanghai", "policy-7", DUE,
            new ComplainingDepartment("dept-sales", "sales-7"));
    static final ComplaintReceived FROM_CUSTOMER = new ComplaintReceived("CMP-C1", Channel.EMAIL, null, "late",
            null, BILLING, Urgency.NORMAL, T0, "Asia/Shanghai", "policy-7", DUE);

    @Test
    void theAccusedDepartmentsHeadIsToldOnReceipt() {
        Occasions occasions = new Occasions((id, seq) -> CaseFacts.NONE.with(FROM_SALES), new FixtureDirectory());
        Occasion occasion = occasions.of(FROM_SALES, "CMP-D1", 0).orElseThrow();
        assertThat(occasion.kind()).isEqualTo(NotificationKind.DEPARTMENT_COMPLAINT_RECEIVED);
        assertThat(occasion.departmentId()).isEqualTo("dept-billing");
        assertThat(occasion.facts()).containsEntry("complainingDepartmentId", "dept-sales");
        assertThat(NotificationTerms.defaults().ruleFor(NotificationKind.DEPARTMENT_COMPLAINT_RECEIVED, null)
                .orElseThrow().recipients()).isEqualTo(Set.of(RecipientRole.DEPARTMENT_HEAD));
        assertThat(occasions.of(FROM_CUSTOMER, "CMP-C1", 0)).isEmpty();
    }

    @Test
    void theComplainingDepartmentsHeadIsToldTheOutcomeNotTheHeadItWasForwardedTo() {
        CaseFacts forwarded = CaseFacts.NONE.with(FROM_SALES)
                .with(new ComplaintForwarded("CMP-D1", "dept-billing", "head-billing", T0.plusSeconds(60)));
        Occasions occasions = new Occasions((id, seq) -> forwarded, new FixtureDirectory());
        Occasion verified = occasions.of(new ComplaintVerified("CMP-D1", "staff-9", MisconductCategory.ATTITUDE,
                "held back", T0.plusSeconds(86400), T0, null), "CMP-D1", 9).orElseThrow();
        assertThat(verified.kind()).isEqualTo(NotificationKind.DEPARTMENT_COMPLAINT_OUTCOME);
        assertThat(verified.departmentId()).isEqualTo("dept-sales");
        assertThat(verified.departmentHeadId()).isNull();
        assertThat(verified.facts()).containsEntry("outcome", "VERIFIED");
        assertThat(NotificationTexts.render(NotificationKind.DEPARTMENT_COMPLAINT_OUTCOME, Language.EN,
                "{\"caseId\":\"CMP-D1\",\"complainingDepartmentId\":\"dept-sales\",\"outcome\":\"DISMISSED\"}")
                .body()).contains("dismissed as unfounded");

        Occasion dismissed = occasions.of(new ComplaintDismissed("CMP-D1", "no fault", T0.plusSeconds(600)),
                "CMP-D1", 2).orElseThrow();
        assertThat(dismissed.facts()).containsEntry("outcome", "DISMISSED");
    }

    @Test
    void aCustomersComplaintTellsNoDepartmentItsOutcome() {
        Occasions occasions = new Occasions((id, seq) -> CaseFacts.NONE.with(FROM_CUSTOMER), new FixtureDirectory());
        assertThat(occasions.of(new ComplaintDismissed("CMP-C1", "no fault", T0.plusSeconds(600)), "CMP-C1", 2))
                .isEmpty();
    }
}
