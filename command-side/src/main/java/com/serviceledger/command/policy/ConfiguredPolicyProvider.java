package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Serves the configured policies; validated once at start-up so a bad setting fails fast. */
@Component
public class ConfiguredPolicyProvider implements PolicyProvider {

    private final ComplaintPolicy defaultPolicy;
    private final Map<String, ComplaintPolicy> bySubsidiary;
    private final ServiceRequestPolicy defaultServiceRequestPolicy;
    private final Map<String, ServiceRequestPolicy> serviceRequestBySubsidiary;
    private final InspectionPolicyProperties defaultInspection;
    private final Map<String, InspectionPolicyProperties> inspectionBySubsidiary;
    private final ScoringPolicyProperties scoring;
    private final IncidentPolicy incident;

    public ConfiguredPolicyProvider(PolicyProperties properties) {
        this.defaultPolicy = properties.complaint().toPolicy();
        this.bySubsidiary = properties.subsidiaries().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().toPolicy()));
        ServiceRequestPolicyProperties serviceRequest = properties.serviceRequest();
        this.defaultServiceRequestPolicy = serviceRequest.toPolicy();
        this.serviceRequestBySubsidiary = serviceRequest.subsidiaries().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> serviceRequest.toPolicy(e.getValue())));
        this.defaultInspection = properties.inspection();
        this.inspectionBySubsidiary = properties.inspectionSubsidiaries();
        // fail fast on a bad inspection setting, in every zone it will be used in
        defaultInspection.toPolicy(defaultPolicy.zone());
        inspectionBySubsidiary.forEach((id, settings) -> settings.toPolicy(complaintPolicy(id).zone()));
        this.scoring = properties.scoring() != null ? properties.scoring()
                : new ScoringPolicyProperties("default-1", null, null);
        scoring.subsidiaries().keySet().forEach(this::scoringPolicy); // fail fast on a bad scoring setting
        this.incident = properties.incident().toPolicy();
    }

    @Override
    public ComplaintPolicy complaintPolicy(String subsidiaryId) {
        return bySubsidiary.getOrDefault(subsidiaryId, defaultPolicy);
    }

    @Override
    public ServiceRequestPolicy serviceRequestPolicy(String subsidiaryId) {
        return serviceRequestBySubsidiary.getOrDefault(subsidiaryId, defaultServiceRequestPolicy);
    }

    /** In the subsidiary's own time zone, which its complaint settings hold. */
    @Override
    public InspectionPolicy inspectionPolicy(String subsidiaryId) {
        return inspectionPolicy(subsidiaryId, complaintPolicy(subsidiaryId).zone());
    }

    /** The configured inspection settings, in the zone of whichever policy is in force for the subsidiary. */
    public InspectionPolicy inspectionPolicy(String subsidiaryId, ZoneId zone) {
        return inspectionBySubsidiary.getOrDefault(subsidiaryId, defaultInspection).toPolicy(zone);
    }

    @Override
    public ScoringPolicy scoringPolicy(String subsidiaryId) {
        return scoringPolicy(subsidiaryId, complaintPolicy(subsidiaryId).zone());
    }

    /** The configured scoring settings, in the zone of whichever policy is in force for the subsidiary. */
    public ScoringPolicy scoringPolicy(String subsidiaryId, ZoneId zone) {
        return scoring.toPolicy(subsidiaryId, zone);
    }

    @Override
    public IncidentPolicy incidentPolicy(String subsidiaryId) {
        return incident;
    }
}
