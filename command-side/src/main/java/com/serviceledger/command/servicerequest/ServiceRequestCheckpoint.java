package com.serviceledger.command.servicerequest;

import com.serviceledger.command.deadline.WarningShares;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The payload of a service request's timer: a warning at {@code percent} of the time from {@code startedAt}
 * to {@code dueAt}, or the breach itself at 100 %. Chained like the complaint's: only the next checkpoint of
 * a target is scheduled, a met target schedules nothing more, and a checkpoint whose due time is no longer
 * the one in force (a delay moved it) is stale.
 *
 * @param warningPercents the warning shares of the policy the timer was set under
 */
public record ServiceRequestCheckpoint(ServiceRequestSlaTarget target, int percent, Instant startedAt,
                                       Instant dueAt, List<Integer> warningPercents) {

    static final String DEADLINE_NAME = "service-request-sla";
    static final int BREACH = WarningShares.BREACH;

    public ServiceRequestCheckpoint {
        warningPercents = List.copyOf(warningPercents);
    }

    /** The first checkpoint of a target: its earliest warning, or the breach if the policy warns never. */
    static ServiceRequestCheckpoint first(ServiceRequestSlaTarget target, Instant startedAt, Instant dueAt,
                                          List<Integer> warningPercents) {
        int first = WarningShares.first(warningPercents);
        return new ServiceRequestCheckpoint(target, first, startedAt, dueAt, warningPercents);
    }

    /**
     * Where a chain that stopped (the target was met, then unmet again) picks up at {@code now}: the first
     * checkpoint still ahead; the breach, due at once, if the due time has already passed.
     */
    static ServiceRequestCheckpoint resumedAt(Instant now, ServiceRequestSlaTarget target, Instant startedAt,
                                              Instant dueAt, List<Integer> warningPercents) {
        ServiceRequestCheckpoint checkpoint = first(target, startedAt, dueAt, warningPercents);
        while (!checkpoint.isBreach() && !checkpoint.firesAt().isAfter(now)) {
            checkpoint = checkpoint.next();
        }
        return checkpoint;
    }

    /** The checkpoint after this one, or null after the breach. */
    ServiceRequestCheckpoint next() {
        if (isBreach()) {
            return null;
        }
        int next = WarningShares.after(percent, warningPercents);
        return new ServiceRequestCheckpoint(target, next, startedAt, dueAt, warningPercents);
    }

    Instant firesAt() {
        if (isBreach()) {
            return dueAt;
        }
        return startedAt.plusMillis(Duration.between(startedAt, dueAt).toMillis() * percent / 100);
    }

    boolean isBreach() {
        return percent >= BREACH;
    }

    /** Identifies the checkpoint in the events it produced, to fire it at most once. */
    String key() {
        return key(target, percent, dueAt);
    }

    static String key(ServiceRequestSlaTarget target, int percent, Instant dueAt) {
        return target + "@" + percent + "/" + dueAt;
    }
}
