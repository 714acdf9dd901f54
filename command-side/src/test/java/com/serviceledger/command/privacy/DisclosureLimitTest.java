package com.serviceledger.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DisclosureLimitTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void parallelRequestsCannotAllPassOneCheck() throws Exception {
        DisclosureLimit limit = new DisclosureLimit(new DisclosureLimitProperties(20, Duration.ofMinutes(10)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tries.add(() -> {
                    try {
                        limit.reserve("agent");
                        return true;
                    } catch (TooManyDisclosures refused) {
                        return false;
                    }
                });
            }
            long passed = 0;
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                passed += result.get() ? 1 : 0;
            }
            assertThat(passed).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReleasedPlaceIsFreeAgainAndTheWaitIsRoundedUpToWholeSeconds() {
        DisclosureLimit limit = new DisclosureLimit(new DisclosureLimitProperties(2, Duration.ofSeconds(90)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        limit.reserve("agent");
        DisclosureLimit.Slot failed = limit.reserve("agent");
        assertThatThrownBy(() -> limit.reserve("agent")).isInstanceOf(TooManyDisclosures.class);
        limit.release(failed);
        limit.reserve("agent");
        assertThatThrownBy(() -> limit.reserve("agent")).isInstanceOfSatisfying(TooManyDisclosures.class, refused -> {
            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("90");
            assertThat(refused.getBody().getType().toString())
                    .isEqualTo("urn:serviceledger:problem:too-many-disclosures");
        });
        limit.reserve("handler");
    }

    @Test
    void theSettingsMustMakeSense() {
        assertThatThrownBy(() -> new DisclosureLimitProperties(0, Duration.ofMinutes(10)))
                .hasMessageContaining("per-user");
        assertThatThrownBy(() -> new DisclosureLimitProperties(20, Duration.ZERO)).hasMessageContaining("window");
    }
}
