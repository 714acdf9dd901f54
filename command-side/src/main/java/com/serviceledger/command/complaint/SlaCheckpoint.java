package com.serviceledger.command.complaint;

import com.serviceledger.kernel.complaint.SlaTarget;
import java.time.Instant;

/**
 * The payload of a complaint's SLA timer: a warning at {@code percent} of the time to {@code dueAt},
 * or the breach itself at 100 %. A checkpoint whose due time is no longer the target's current one
 * (e.g. the callback of an earlier resolution) is stale and ignored.
 */
public record SlaCheckpoint(SlaTarget target, int percent, Instant dueAt) {

    static final String DEADLINE_NAME = "complaint-sla";

    boolean isBreach() {
        return percent >= 100;
    }
}
