package com.serviceledger.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's way out of the dead ends: escalation limits of a complaint, the survey window of a request. */
class DeadEndTermsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void termsPublishedBeforeTheWayOutExistedCarryItsDefaults() {
        ComplaintTerms complaint = new ComplaintTerms(Duration.ofMinutes(30), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.CALENDAR, List.of(50, 80), null, null, null, null, null, null);
        assertThat(complaint.escalateAfterRejections()).isEqualTo(2);
        assertThat(complaint.escalateAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(new ServiceRequestTerms(Duration.ofMinutes(30), List.of(50), null).surveyWindow())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void escalationFallsThePolicysTimeAfterReceipt() {
        ComplaintPolicy policy = new ComplaintPolicy("v2", SHANGHAI, Duration.ofMinutes(30), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.CALENDAR, null, List.of(50), 3, Duration.ofDays(5), 1, 1, 3, DayKind.CALENDAR);
        assertThat(policy.escalationDueAt(Instant.parse("2026-03-02T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-07T01:00:00Z"));
        assertThat(policy.escalateAfterRejections()).isEqualTo(3);
    }

    @Test
    void atLeastOneRejectionEscalates() {
        assertThatThrownBy(() -> new ComplaintPolicy("v2", SHANGHAI, Duration.ofMinutes(30), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.CALENDAR, null, List.of(50), 0, Duration.ofDays(5), 1, 1, 3, DayKind.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void surveyIsDueThePolicysWindowAfterAcceptance() {
        ServiceRequestPolicy policy = new ServiceRequestPolicy("v2", SHANGHAI, Duration.ofMinutes(30), List.of(50),
                Duration.ofDays(3));
        assertThat(policy.surveyDueAt(Instant.parse("2026-03-02T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-05T01:00:00Z"));
        assertThatThrownBy(() -> new ServiceRequestPolicy("v2", SHANGHAI, Duration.ofMinutes(30), List.of(50),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
