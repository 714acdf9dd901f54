package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The service request targets of one subsidiary, as one version of its policy (001 §2.2.1). The
 * regulation leaves the response time open ({@code [X]} minutes); the default is ours.
 *
 * @param version         recorded on the events decided under it
 * @param zone            the subsidiary's time zone: months are local
 * @param responseTarget  the first response is due this long after receipt (30 minutes)
 * @param warningPercents warnings before each due time, as shares of its time (50 %, 80 %)
 * @param surveyWindow    after acceptance, the time the customer has for the survey before the request is
 *                        closed without one (7 days)
 */
public record ServiceRequestPolicy(String version, ZoneId zone, Duration responseTarget,
                                   List<Integer> warningPercents, Duration surveyWindow) {

    public ServiceRequestPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        if (responseTarget == null || responseTarget.isNegative() || responseTarget.isZero()) {
            throw new IllegalArgumentException("responseTarget must be a positive duration");
        }
        warningPercents = List.copyOf(warningPercents == null ? List.of() : warningPercents);
        if (warningPercents.stream().anyMatch(p -> p <= 0 || p >= 100)) {
            throw new IllegalArgumentException("warningPercents must lie strictly between 0 and 100");
        }
        surveyWindow = surveyWindow == null ? ServiceRequestTerms.DEFAULT_SURVEY_WINDOW : surveyWindow;
        if (surveyWindow.isNegative() || surveyWindow.isZero()) {
            throw new IllegalArgumentException("surveyWindow must be a positive duration");
        }
    }

    /** A policy with the default survey window. */
    public ServiceRequestPolicy(String version, ZoneId zone, Duration responseTarget, List<Integer> warningPercents) {
        this(version, zone, responseTarget, warningPercents, null);
    }

    /** The service request part of a published policy version. */
    public static ServiceRequestPolicy of(PolicyPublished published) {
        PolicyTerms terms = published.terms();
        ServiceRequestTerms s = terms.serviceRequest();
        return new ServiceRequestPolicy(published.versionName(), ZoneId.of(terms.timeZone()), s.responseTarget(),
                s.warningPercents(), s.surveyWindow());
    }

    /** Our defaults, in the given zone. */
    public static ServiceRequestPolicy defaults(String version, ZoneId zone) {
        return new ServiceRequestPolicy(version, zone, Duration.ofMinutes(30), List.of(50, 80));
    }

    /** When an accepted request still without a survey is closed without one. */
    public Instant surveyDueAt(Instant acceptedAt) {
        return acceptedAt.plus(surveyWindow);
    }

    public Instant responseDueAt(Instant receivedAt) {
        return receivedAt.plus(responseTarget);
    }
}
