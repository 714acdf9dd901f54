package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Optional;

/** Reads the organisation as it was at a given instant. */
public interface Directory {

    /** The staff member's unit and chain of responsibility in force at {@code at}, if employed then. */
    Optional<StaffChain> chainOf(String staffId, Instant at);

    /** The staff member's subsidiary, hiring and leaving, if the directory ever knew them. */
    Optional<Employment> employmentOf(String staffId);

    /** The subsidiary's departments and posts, if it is registered. */
    Optional<SubsidiaryUnits> unitsOf(String subsidiaryId);
}
