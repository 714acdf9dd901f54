package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a new version of a subsidiary's policy; decisions from now on are taken under it. */
public record PublishPolicy(@TargetAggregateIdentifier String policyId, String subsidiaryId, PolicyTerms terms)
        implements UnitCommand {

    /** One policy stream per subsidiary. */
    public static String policyIdOf(String subsidiaryId) {
        return "policy-" + subsidiaryId;
    }

    @Override
    public OrgUnit orgUnit() {
        return OrgUnit.subsidiary(subsidiaryId);
    }
}
