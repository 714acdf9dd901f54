package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Optional;

/** Reads the organisation as it was at a given instant. */
public interface Directory {

    /** The staff member's unit and chain of responsibility in force at {@code at}, if employed then. */
    Optional<StaffChain> chainOf(String staffId, Instant at);
}
