package com.serviceledger.kernel.policy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The staff scoring rules of one subsidiary, as one version of its policy.
 *
 * @param version recorded on every scoring event decided under it
 * @param zone    months are local to the subsidiary
 */
public record ScoringPolicy(String version, ZoneId zone, ScoringTerms terms) {

    public ScoringPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(terms, "terms");
    }

    public static ScoringPolicy of(PolicyPublished published) {
        return new ScoringPolicy(published.versionName(), ZoneId.of(published.terms().timeZone()),
                published.terms().scoring());
    }

    public static ScoringPolicy defaults(String version, ZoneId zone) {
        return new ScoringPolicy(version, zone, ScoringTerms.defaults());
    }

    /** The local calendar month an instant falls in. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }
}
