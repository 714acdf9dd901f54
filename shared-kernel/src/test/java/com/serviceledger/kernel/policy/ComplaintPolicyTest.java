package com.serviceledger.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void urgentComplaintGetsContactHardLimitOnSiteAndResolutionDueTimes() {
        Instant received = Instant.parse("2026-03-02T01:00:00Z");
        ComplaintDeadlines d = ComplaintPolicy.defaults("v1", SHANGHAI).deadlinesFor(received, Urgency.URGENT);

        assertThat(d.contactDueAt()).isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
        assertThat(d.contactHardLimitAt()).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
        assertThat(d.onSiteDueAt()).isEqualTo(Instant.parse("2026-03-02T01:10:00Z"));
        assertThat(d.resolutionDueAt()).isEqualTo(Instant.parse("2026-03-04T01:00:00Z"));
    }

    @Test
    void normalComplaintHasNoOnSiteTarget() {
        ComplaintDeadlines d = ComplaintPolicy.defaults("v1", SHANGHAI)
                .deadlinesFor(Instant.parse("2026-03-02T01:00:00Z"), Urgency.NORMAL);
        assertThat(d.onSiteDueAt()).isNull();
    }

    @Test
    void resolutionInWorkingDaysSkipsWeekendAndHolidays() {
        // Friday 2026-04-03 10:00 local; Monday 04-06 is a holiday → Tuesday, Wednesday.
        ComplaintPolicy policy = new ComplaintPolicy("v2", SHANGHAI, Duration.ofMinutes(30), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.WORKING, new WorkingCalendar(Set.of(LocalDate.of(2026, 4, 6))),
                List.of(50, 80));
        Instant received = LocalDate.of(2026, 4, 3).atTime(10, 0).atZone(SHANGHAI).toInstant();

        Instant due = policy.deadlinesFor(received, Urgency.NORMAL).resolutionDueAt();

        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 8).atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void callbackIsDueByLocalMidnightOfTheResolutionDay() {
        // 23:30 local on 31 March is 15:30Z: the callback is still due that local day.
        Instant resolved = Instant.parse("2026-03-31T15:30:00Z");
        assertThat(ComplaintPolicy.defaults("v1", SHANGHAI).callbackDueAt(resolved))
                .isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    }

    @Test
    void warningFallsAtItsShareOfTheTime() {
        Instant start = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(ComplaintPolicy.warningAt(start, start.plus(Duration.ofMinutes(30)), 80))
                .isEqualTo(start.plus(Duration.ofMinutes(24)));
    }

    @Test
    void hardLimitShorterThanTargetIsRejected() {
        assertThatThrownBy(() -> new ComplaintPolicy("v", SHANGHAI, Duration.ofHours(5), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.CALENDAR, null, List.of(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contactHardLimit");
    }
}
