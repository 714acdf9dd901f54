package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The emergency rules of one subsidiary, as one version of its policy; see {@link IncidentTerms}.
 *
 * @param version recorded on the events decided under it
 */
public record IncidentPolicy(String version, Duration reportWithin, Duration reviewWithin,
                             Duration drillRecordWithin, List<Integer> warningPercents) {

    public IncidentPolicy {
        Objects.requireNonNull(version, "version");
        requirePositive(reportWithin, "reportWithin");
        requirePositive(reviewWithin, "reviewWithin");
        requirePositive(drillRecordWithin, "drillRecordWithin");
        warningPercents = List.copyOf(Objects.requireNonNull(warningPercents, "warningPercents"));
        if (warningPercents.stream().anyMatch(p -> p == null || p <= 0 || p >= 100)) {
            throw new IllegalArgumentException("warningPercents must each be from 1 to 99");
        }
    }

    /** The emergency part of a published version; versions without one carry the defaults. */
    public static IncidentPolicy of(PolicyPublished published) {
        IncidentTerms t = published.terms().incident() == null ? IncidentTerms.defaults()
                : published.terms().incident();
        return new IncidentPolicy(published.versionName(), t.reportWithin(), t.reviewWithin(),
                t.drillRecordWithin(), t.warningPercents());
    }

    public static IncidentPolicy defaults(String version) {
        IncidentTerms t = IncidentTerms.defaults();
        return new IncidentPolicy(version, t.reportWithin(), t.reviewWithin(), t.drillRecordWithin(),
                t.warningPercents());
    }

    public Instant reportDueAt(Instant declaredAt) {
        return declaredAt.plus(reportWithin);
    }

    public Instant reviewDueAt(Instant resolvedAt) {
        return resolvedAt.plus(reviewWithin);
    }

    public Instant drillDueAt(Instant scheduledAt) {
        return scheduledAt.plus(drillRecordWithin);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
