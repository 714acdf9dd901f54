package com.serviceledger.kernel.policy;

import java.time.Instant;

/** The policy in force for a subsidiary now. Decisions record the version they used. */
public interface PolicyProvider {

    ComplaintPolicy complaintPolicy(String subsidiaryId);

    /**
     * A default method only so that providers written for one kind of case (tests' lambdas) stay valid;
     * a provider that serves service requests overrides it.
     */
    default ServiceRequestPolicy serviceRequestPolicy(String subsidiaryId) {
        throw new UnsupportedOperationException("this policy provider has no service request policy");
    }

    /**
     * The subsidiary's inspection rules. The default (the regulation's figures in the subsidiary's zone)
     * keeps providers written as lambdas, e.g. in tests, working; real providers override it.
     */
    default InspectionPolicy inspectionPolicy(String subsidiaryId) {
        return InspectionPolicy.defaults("default-1", complaintPolicy(subsidiaryId).zone());
    }

    /**
     * The subsidiary's staff scoring rules. The default (the regulation's figures in the subsidiary's zone)
     * keeps providers written as lambdas working; real providers override it.
     */
    default ScoringPolicy scoringPolicy(String subsidiaryId) {
        return ScoringPolicy.defaults("default-1", complaintPolicy(subsidiaryId).zone());
    }

    /**
     * The subsidiary's staff scoring rules in force at an instant: a complaint is scored under the rules in force
     * when it was received (issue 19), whenever it is verified. The default (the rules in force now) serves
     * providers that keep no history, e.g. tests' lambdas; real providers override it.
     */
    default ScoringPolicy scoringPolicyAt(String subsidiaryId, Instant at) {
        return scoringPolicy(subsidiaryId);
    }

    /**
     * The subsidiary's emergency rules. The default (our figures) keeps providers written as lambdas working;
     * real providers override it.
     */
    default IncidentPolicy incidentPolicy(String subsidiaryId) {
        return IncidentPolicy.defaults("default-1");
    }
}
