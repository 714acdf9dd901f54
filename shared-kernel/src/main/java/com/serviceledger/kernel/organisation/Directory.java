package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the organisation as it was at a given instant. */
public interface Directory {

    /** The staff member's unit and chain of responsibility in force at {@code at}, if employed then. */
    Optional<StaffChain> chainOf(String staffId, Instant at);

    /** The staff member's subsidiary, hiring and leaving, if the directory ever knew them. */
    Optional<Employment> employmentOf(String staffId);

    /** The subsidiary's departments and posts, if it is registered. */
    Optional<SubsidiaryUnits> unitsOf(String subsidiaryId);

    /**
     * The staff holding the position in the subsidiary at {@code at} (of the department, for a department head;
     * the department is ignored for a position of the whole subsidiary), employed then; in the order appointed.
     */
    List<String> holdersAt(String subsidiaryId, UnitPosition position, String departmentId, Instant at);

    /** The staff member's e-mail address and language in force at {@code at}, if employed then. */
    Optional<StaffContact> contactOf(String staffId, Instant at);

    /**
     * The contact of an inspected unit's contractor (of the site and contractor) or owners' committee (of the site)
     * in force at {@code at}, if one was registered by then.
     */
    Optional<UnitContact> unitContactAt(String subsidiaryId, String siteId, String contractorId, UnitContactKind kind,
                                        Instant at);
}
