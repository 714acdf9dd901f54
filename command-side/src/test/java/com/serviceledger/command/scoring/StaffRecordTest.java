package com.serviceledger.command.scoring;

import com.serviceledger.kernel.scoring.CountWorstDesignation;
import com.serviceledger.kernel.scoring.DismissalRecommended;
import com.serviceledger.kernel.scoring.WorstDesignationCounted;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "累計三次評為服務最差的,予以辭退" (002 第5篇 4). */
class StaffRecordTest {

    static final String RECORD = "SR:staff-9";
    static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    AggregateTestFixture<StaffRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffRecord.class);
    }

    static CountWorstDesignation count(String month) {
        return new CountWorstDesignation(RECORD, "staff-9", "SC:staff-9:" + month, month, 3, "sub-1/v4", AT);
    }

    static WorstDesignationCounted counted(String month, int n) {
        return new WorstDesignationCounted(RECORD, "staff-9", "SC:staff-9:" + month, month, n, AT);
    }

    @Test
    void aSecondWorstDesignationIsCountedWithoutConsequence() {
        fixture.given(counted("2026-01", 1))
                .when(count("2026-03"))
                .expectEvents(counted("2026-03", 2));
    }

    @Test
    void theThirdWorstDesignationOverTheStaffMembersHistoryRecommendsDismissal() {
        fixture.given(counted("2026-01", 1), counted("2026-03", 2))
                .when(count("2026-05"))
                .expectEvents(counted("2026-05", 3), new DismissalRecommended(RECORD, "staff-9", "2026-05",
                        "3rd worst service designation", 3, "sub-1/v4", AT));
    }

    @Test
    void theSameMonthsDesignationIsCountedOnce() {
        fixture.given(counted("2026-01", 1))
                .when(count("2026-01"))
                .expectNoEvents();
    }
}
