package com.serviceledger.kernel.organisation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record who is told about an inspected unit: the contractor's contact at a site, or the site's owners' committee
 * contact. It replaces the one recorded before for the same site, contractor and kind.
 */
public record RegisterUnitContact(@TargetAggregateIdentifier String subsidiaryId, String siteId, String contractorId,
                                  UnitContactKind kind, String name, String email, Language language)
        implements NamesDirectory {

    /** A post of the subsidiary registering, checked once its scope is. */
    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.casePost("siteId", null, siteId));
    }
}
