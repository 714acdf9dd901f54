package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a new version of a subsidiary's policy; decisions from now on are taken under it. */
public record PublishPolicy(@TargetAggregateIdentifier String policyId, String subsidiaryId, PolicyTerms terms)
        implements UnitCommand, NamesDirectory {

    /** One policy stream per subsidiary. */
    public static String policyIdOf(String subsidiaryId) {
        return "policy-" + subsidiaryId;
    }

    @Override
    public OrgUnit orgUnit() {
        return OrgUnit.subsidiary(subsidiaryId);
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.subsidiary("subsidiaryId", subsidiaryId));
    }
}
