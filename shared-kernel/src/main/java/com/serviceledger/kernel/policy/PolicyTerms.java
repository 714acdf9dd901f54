package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.notification.NotificationTerms;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a subsidiary's policy fixes, in one published version. Every figure the regulations leave
 * open ({@code [X]}) is here, never a constant in code.
 *
 * @param timeZone                  days, months and "end of day" are local to the subsidiary
 * @param holidays                  non-working days besides weekends
 * @param satisfactionTargetPercent the share of 4 and 5 scores aimed at (000 §5.2.1; default 90)
 * @param serviceRequest            the service request terms; versions published before they existed
 *                                  (null) carry the defaults
 * @param scoring                   the staff scoring terms; null (also in versions published before they
 *                                  existed) means the regulation's defaults
 * @param inspection                the quality-inspection terms; null means the subsidiary's configured
 *                                  ones stay in force
 * @param notifications             who is told of what, and how; null (also in versions published before they
 *                                  existed) means the regulations' defaults
 * @param incident                  the emergency terms (plans, drills, incidents); null (also in versions published
 *                                  before they existed) means the defaults
 */
public record PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                          ComplaintTerms complaint, ServiceRequestTerms serviceRequest, ScoringTerms scoring,
                          InspectionTerms inspection, NotificationTerms notifications, IncidentTerms incident) {

    public PolicyTerms {
        incident = incident == null ? IncidentTerms.defaults() : incident;
        notifications = NotificationTerms.orDefaults(notifications);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        serviceRequest = serviceRequest == null ? ServiceRequestTerms.defaults() : serviceRequest;
        scoring = scoring == null ? ScoringTerms.defaults() : scoring;
    }

    /** Terms with the default emergency terms. */
    public PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                       ComplaintTerms complaint, ServiceRequestTerms serviceRequest, ScoringTerms scoring,
                       InspectionTerms inspection, NotificationTerms notifications) {
        this(timeZone, holidays, satisfactionTargetPercent, complaint, serviceRequest, scoring, inspection,
                notifications, null);
    }

    /** Terms with the default notification rules. */
    public PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                       ComplaintTerms complaint, ServiceRequestTerms serviceRequest, ScoringTerms scoring,
                       InspectionTerms inspection) {
        this(timeZone, holidays, satisfactionTargetPercent, complaint, serviceRequest, scoring, inspection, null, null);
    }

    /** Terms that leave the inspection terms to configuration. */
    public PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                       ComplaintTerms complaint, ServiceRequestTerms serviceRequest, ScoringTerms scoring) {
        this(timeZone, holidays, satisfactionTargetPercent, complaint, serviceRequest, scoring, null, null, null);
    }

    /** Terms with the default scoring terms. */
    public PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                       ComplaintTerms complaint, ServiceRequestTerms serviceRequest) {
        this(timeZone, holidays, satisfactionTargetPercent, complaint, serviceRequest, null, null, null, null);
    }

    /** Terms with the default service request terms. */
    public PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                       ComplaintTerms complaint) {
        this(timeZone, holidays, satisfactionTargetPercent, complaint, null, null, null, null, null);
    }
}
