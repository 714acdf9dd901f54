package com.serviceledger.command.policy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default policy from configuration, in force for a subsidiary until it publishes a version of its
 * own; optional overrides per subsidiary id.
 *
 * @param cacheTime              how long a published policy is cached; a publication on another node is seen
 *                               after it
 * @param inspection             the default quality-inspection policy
 * @param inspectionSubsidiaries its overrides per subsidiary id (each a whole policy)
 * @param scoring                the default staff scoring policy and its overrides per subsidiary
 * @param incident               the default emergency policy (plans, drills, incidents)
 */
@ConfigurationProperties("serviceledger.policy")
public record PolicyProperties(@DefaultValue ComplaintPolicyProperties complaint,
                               Map<String, ComplaintPolicyProperties> subsidiaries,
                               @DefaultValue("10s") Duration cacheTime,
                               @DefaultValue ServiceRequestPolicyProperties serviceRequest,
                               @DefaultValue InspectionPolicyProperties inspection,
                               Map<String, InspectionPolicyProperties> inspectionSubsidiaries,
                               @DefaultValue ScoringPolicyProperties scoring,
                               @DefaultValue IncidentPolicyProperties incident) {

    public PolicyProperties {
        subsidiaries = subsidiaries == null ? Map.of() : Map.copyOf(subsidiaries);
        inspectionSubsidiaries = inspectionSubsidiaries == null ? Map.of() : Map.copyOf(inspectionSubsidiaries);
    }
}
