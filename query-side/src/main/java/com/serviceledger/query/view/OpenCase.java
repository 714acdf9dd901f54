package com.serviceledger.query.view;

import java.time.Instant;

/**
 * An open case as the SLA board shows it, complaint or service request alike: its next promise (the earliest one
 * due and not yet kept) and how that promise stands, as the case's view records it (warnings and breaches are the
 * command side's events, never decided here).
 *
 * @param kind       {@code complaint} or {@code service-request}
 * @param nextTarget the next promise's name in the view ({@code contact}, {@code delivery}), or null when none is due
 * @param dueAt      its due time, or null
 * @param timeZone   the subsidiary's zone as the case recorded it, or null
 * @param assignee   the handler (complaint) or the assignee (service request), or null
 * @param planKind   a drill's plan's emergency kind (the plan, and so the drill's page, is its subsidiary's and
 *                   this kind's), else null
 */
public record OpenCase(String kind, String caseId, String subsidiaryId, String departmentId, String status,
                       String nextTarget, Instant dueAt, Standing standing, String timeZone, String assignee,
                       String planKind) {

    /** A case that is not a drill. */
    public OpenCase(String kind, String caseId, String subsidiaryId, String departmentId, String status,
                    String nextTarget, Instant dueAt, Standing standing, String timeZone, String assignee) {
        this(kind, caseId, subsidiaryId, departmentId, status, nextTarget, dueAt, standing, timeZone, assignee, null);
    }

    /** How the next promise stands. */
    public enum Standing { ON_TRACK, WARNING, BREACHED }

    /** The standing of a promise from its view facts. */
    public static Standing standing(boolean breached, int warnings) {
        return breached ? Standing.BREACHED : warnings > 0 ? Standing.WARNING : Standing.ON_TRACK;
    }
}
