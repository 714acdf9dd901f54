package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.util.List;

/**
 * The emergency terms of a published policy (000 §8, 001 §7); the regulations give no figures, so all are ours.
 *
 * @param reportWithin      the report to the superiors is due this long after the declaration (及時; 1 hour)
 * @param reviewWithin      the review is due this long after the incident is resolved (7 days)
 * @param drillRecordWithin a planned drill is recorded within this after its date, else overdue (1 day)
 * @param warningPercents   warnings before each due time, as shares of its time (50, 80)
 */
public record IncidentTerms(Duration reportWithin, Duration reviewWithin, Duration drillRecordWithin,
                            List<Integer> warningPercents) {

    public IncidentTerms {
        warningPercents = warningPercents == null ? List.of() : List.copyOf(warningPercents);
    }

    public static IncidentTerms defaults() {
        return new IncidentTerms(Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(1), List.of(50, 80));
    }
}
