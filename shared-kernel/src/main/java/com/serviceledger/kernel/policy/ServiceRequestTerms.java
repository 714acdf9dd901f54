package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.util.List;

/**
 * The service request terms of a published policy (001 §2.2.1).
 *
 * @param responseTarget  the first response is due this long after receipt (001: "[X] minutes"; 30)
 * @param warningPercents warnings before each due time, as shares of its time (50, 80)
 * @param surveyWindow    an accepted request whose customer gives no survey this long after acceptance is
 *                        closed without survey (7 days); null in versions published before it existed
 */
public record ServiceRequestTerms(Duration responseTarget, List<Integer> warningPercents, Duration surveyWindow) {

    public static final Duration DEFAULT_SURVEY_WINDOW = Duration.ofDays(7);

    public ServiceRequestTerms {
        surveyWindow = surveyWindow == null ? DEFAULT_SURVEY_WINDOW : surveyWindow;
    }

    /** Terms with the default survey window. */
    public ServiceRequestTerms(Duration responseTarget, List<Integer> warningPercents) {
        this(responseTarget, warningPercents, null);
    }

    public static ServiceRequestTerms defaults() {
        return new ServiceRequestTerms(Duration.ofMinutes(30), List.of(50, 80));
    }
}
