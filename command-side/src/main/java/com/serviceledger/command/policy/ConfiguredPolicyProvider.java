package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
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

    public ConfiguredPolicyProvider(PolicyProperties properties) {
        this.defaultPolicy = properties.complaint().toPolicy();
        this.bySubsidiary = properties.subsidiaries().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().toPolicy()));
        ServiceRequestPolicyProperties serviceRequest = properties.serviceRequest();
        this.defaultServiceRequestPolicy = serviceRequest.toPolicy();
        this.serviceRequestBySubsidiary = serviceRequest.subsidiaries().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> serviceRequest.toPolicy(e.getValue())));
    }

    @Override
    public ComplaintPolicy complaintPolicy(String subsidiaryId) {
        return bySubsidiary.getOrDefault(subsidiaryId, defaultPolicy);
    }

    @Override
    public ServiceRequestPolicy serviceRequestPolicy(String subsidiaryId) {
        return serviceRequestBySubsidiary.getOrDefault(subsidiaryId, defaultServiceRequestPolicy);
    }
}
