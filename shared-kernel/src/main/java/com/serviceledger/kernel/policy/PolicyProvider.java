package com.serviceledger.kernel.policy;

/** The policy in force for a subsidiary now. Decisions record the version they used. */
public interface PolicyProvider {

    ComplaintPolicy complaintPolicy(String subsidiaryId);

    /**
     * The subsidiary's inspection rules. The default (the regulation's figures in the subsidiary's zone)
     * keeps providers written as lambdas, e.g. in tests, working; real providers override it.
     */
    default InspectionPolicy inspectionPolicy(String subsidiaryId) {
        return InspectionPolicy.defaults("default-1", complaintPolicy(subsidiaryId).zone());
    }
}
