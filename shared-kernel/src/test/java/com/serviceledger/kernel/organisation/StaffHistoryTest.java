package com.serviceledger.kernel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffHistoryTest {

    static final Instant JAN = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    static final List<Object> HISTORY = List.of(
            new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", "weighbridge", "sup-1", "lead-1", JAN),
            new SupervisorAssigned("s-1", "sup-2", "lead-1", MAR),
            new StaffTransferred("s-1", "dept-gate", "gate", MAY));

    @Test
    void chainIsTheOneInForceAtTheInstantAsked() {
        assertThat(StaffHistory.chainAt(HISTORY, MAR.minusSeconds(1))).contains(
                new StaffChain("s-1", "sub-1", "dept-sales", "weighbridge", "sup-1", "lead-1"));
        assertThat(StaffHistory.chainAt(HISTORY, MAR)).contains(
                new StaffChain("s-1", "sub-1", "dept-sales", "weighbridge", "sup-2", "lead-1"));
        assertThat(StaffHistory.chainAt(HISTORY, MAY.plusSeconds(1))).contains(
                new StaffChain("s-1", "sub-1", "dept-gate", "gate", "sup-2", "lead-1"));
    }

    @Test
    void nobodyBeforeHiringOrAfterLeaving() {
        assertThat(StaffHistory.chainAt(HISTORY, JAN.minusSeconds(1))).isEmpty();
        List<Object> left = List.of(HISTORY.get(0), new StaffDeparted("s-1", MAR));
        assertThat(StaffHistory.chainAt(left, MAY)).isEmpty();
    }
}
