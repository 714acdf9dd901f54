package com.serviceledger.command.policy;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policies from configuration: one default and optional overrides per subsidiary id. (A versioned,
 * event-sourced policy per subsidiary replaces this source later; the aggregate only sees the
 * {@link com.serviceledger.kernel.policy.PolicyProvider}.)
 *
 * @param inspection             the default quality-inspection policy
 * @param inspectionSubsidiaries its overrides per subsidiary id (each a whole policy)
 */
@ConfigurationProperties("serviceledger.policy")
public record PolicyProperties(@DefaultValue ComplaintPolicyProperties complaint,
                               Map<String, ComplaintPolicyProperties> subsidiaries,
                               @DefaultValue InspectionPolicyProperties inspection,
                               Map<String, InspectionPolicyProperties> inspectionSubsidiaries) {

    public PolicyProperties {
        subsidiaries = subsidiaries == null ? Map.of() : Map.copyOf(subsidiaries);
        inspectionSubsidiaries = inspectionSubsidiaries == null ? Map.of() : Map.copyOf(inspectionSubsidiaries);
    }
}
