package com.serviceledger.kernel.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a new version of a subsidiary's policy; decisions from now on are taken under it. */
public record PublishPolicy(@TargetAggregateIdentifier String policyId, String subsidiaryId, PolicyTerms terms) {

    /** One policy stream per subsidiary. */
    public static String policyIdOf(String subsidiaryId) {
        return "policy-" + subsidiaryId;
    }
}
