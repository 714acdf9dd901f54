package com.serviceledger.command.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The persistent timer scheduler.
 *
 * @param pollingInterval how often due timers are looked for: a deadline fires at most this late
 * @param threads         timers handled in parallel
 */
@ConfigurationProperties("serviceledger.deadlines")
public record DeadlineProperties(@DefaultValue("2s") Duration pollingInterval, @DefaultValue("2") int threads) {
}
