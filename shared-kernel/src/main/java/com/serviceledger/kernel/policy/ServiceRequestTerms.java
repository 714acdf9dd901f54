package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.util.List;

/**
 * The service request terms of a published policy (001 §2.2.1).
 *
 * @param responseTarget  the first response is due this long after receipt (001: "[X] minutes"; 30)
 * @param warningPercents warnings before each due time, as shares of its time (50, 80)
 */
public record ServiceRequestTerms(Duration responseTarget, List<Integer> warningPercents) {

    public static ServiceRequestTerms defaults() {
        return new ServiceRequestTerms(Duration.ofMinutes(30), List.of(50, 80));
    }
}
