package com.serviceledger.kernel.policy;

/** The policy in force for a subsidiary now. Decisions record the version they used. */
public interface PolicyProvider {

    ComplaintPolicy complaintPolicy(String subsidiaryId);
}
