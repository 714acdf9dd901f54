package com.serviceledger.command.complaint;

/**
 * The payload of a complaint's escalation timer, set at receipt for the policy's time without an accepted
 * solution; it carries the rejection threshold of that policy so the escalation records what it was decided on.
 */
public record EscalationTimer(int threshold) {

    static final String DEADLINE_NAME = "complaint-escalation";
}
