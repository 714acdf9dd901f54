package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Optional;

/** Folds a staff member's events, in order, into their chain of responsibility at one instant. */
public final class StaffHistory {

    private StaffHistory() {
    }

    public static Optional<StaffChain> chainAt(Iterable<?> events, Instant at) {
        StaffChain chain = null;
        for (Object event : events) {
            if (effectiveAt(event).isAfter(at)) {
                break; // a staff member's changes are stored in the order they take effect
            }
            chain = switch (event) {
                case StaffHired e -> new StaffChain(e.staffId(), e.subsidiaryId(), e.departmentId(), e.postId(),
                        e.supervisorId(), e.groupLeaderId());
                case StaffTransferred e -> new StaffChain(chain.staffId(), chain.subsidiaryId(), e.departmentId(),
                        e.postId(), chain.supervisorId(), chain.groupLeaderId());
                case SupervisorAssigned e -> new StaffChain(chain.staffId(), chain.subsidiaryId(),
                        chain.departmentId(), chain.postId(), e.supervisorId(), e.groupLeaderId());
                case StaffDeparted e -> null;
                default -> chain;
            };
        }
        return Optional.ofNullable(chain);
    }

    private static Instant effectiveAt(Object event) {
        return switch (event) {
            case StaffHired e -> e.effectiveAt();
            case StaffTransferred e -> e.effectiveAt();
            case SupervisorAssigned e -> e.effectiveAt();
            case StaffDeparted e -> e.effectiveAt();
            default -> Instant.MIN;
        };
    }
}
