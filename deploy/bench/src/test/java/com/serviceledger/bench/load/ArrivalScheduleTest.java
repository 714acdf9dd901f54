package com.serviceledger.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void arrivalsAreSpacedByTheRateFromTheStartWhateverHappened() {
        ArrivalSchedule schedule = new ArrivalSchedule(1_000, 200, 1_000_000_000L);
        assertThat(schedule.intendedStart(0)).isEqualTo(1_000);
        assertThat(schedule.intendedStart(1)).isEqualTo(1_000 + 5_000_000);
        assertThat(schedule.intendedStart(200)).isEqualTo(1_000 + 1_000_000_000L);
    }

    @Test
    void theWindowHoldsRateTimesDurationArrivals() {
        ArrivalSchedule schedule = new ArrivalSchedule(0, 37.5, 2_000_000_000L);
        long included = LongStream.range(0, 1000).filter(schedule::includes).count();
        assertThat(included).isEqualTo(75).isEqualTo(schedule.arrivals());
        assertThat(schedule.includes(74)).isTrue();
        assertThat(schedule.includes(75)).isFalse();
    }

    @Test
    void aFractionalRateDoesNotDrift() {
        ArrivalSchedule schedule = new ArrivalSchedule(0, 3, 10_000_000_000L);
        assertThat(schedule.intendedStart(3_000)).isEqualTo(1_000_000_000_000L);
        assertThat(schedule.intendedStart(1)).isEqualTo(333_333_333L);
    }

    @Test
    void aRateOfNothingIsRefused() {
        assertThatThrownBy(() -> new ArrivalSchedule(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
