package com.serviceledger.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRequestPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void firstResponseIsDueThirtyMinutesAfterReceiptByDefault() {
        Instant received = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(ServiceRequestPolicy.defaults("v1", SHANGHAI).responseDueAt(received))
                .isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
    }

    @Test
    void responseTargetMustBePositive() {
        assertThatThrownBy(() -> new ServiceRequestPolicy("v1", SHANGHAI, Duration.ZERO, List.of(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warningsFallStrictlyBeforeTheDueTime() {
        assertThatThrownBy(() -> new ServiceRequestPolicy("v1", SHANGHAI, Duration.ofMinutes(30), List.of(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
