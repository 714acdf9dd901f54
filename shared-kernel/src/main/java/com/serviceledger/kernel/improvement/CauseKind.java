package com.serviceledger.kernel.improvement;

/**
 * What an improvement action answers (000 §2.2 item 6, §5.4 item 2; 001 §3.3 item 5, §5.2 item 2): a verified
 * complaint, a unit's evaluation for a period, a quality month, or an incident's review.
 */
public enum CauseKind {
    /** Reference: the complaint id; the complaint must be verified and of the action's unit. */
    COMPLAINT,
    /** Reference: the evaluated period's key (2026-03, 2026-Q1 or 2026). */
    UNIT_EVALUATION,
    /** Reference: the quality month id ({@code QM:...}); the month must exist, of the action's subsidiary. */
    QUALITY_MONTH,
    /** Reference: the incident id whose review found the problem. */
    INCIDENT_REVIEW
}
