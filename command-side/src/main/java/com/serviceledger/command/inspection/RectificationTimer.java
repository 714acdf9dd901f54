package com.serviceledger.command.inspection;

import java.time.Instant;

/**
 * The payload of a rectification's timer: the reminder before the deadline, or the deadline itself.
 * Chained: the reminder schedules the deadline, so a case fixed before its reminder leaves one stale
 * timer at most.
 */
public record RectificationTimer(boolean deadline, Instant firesAt, Instant dueAt) {

    static final String DEADLINE_NAME = "rectification-deadline";

    /** The first timer of a case: its reminder, or the deadline when the policy does not remind. */
    static RectificationTimer first(Instant warningAt, Instant dueAt) {
        return warningAt == null || !warningAt.isBefore(dueAt)
                ? atDeadline(dueAt) : new RectificationTimer(false, warningAt, dueAt);
    }

    static RectificationTimer atDeadline(Instant dueAt) {
        return new RectificationTimer(true, dueAt, dueAt);
    }
}
