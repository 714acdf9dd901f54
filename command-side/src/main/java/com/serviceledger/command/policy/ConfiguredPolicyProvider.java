package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Serves the configured policies; validated once at start-up so a bad setting fails fast. */
@Component
public class ConfiguredPolicyProvider implements PolicyProvider {

    private final ComplaintPolicy defaultPolicy;
    private final Map<String, ComplaintPolicy> bySubsidiary;

    public ConfiguredPolicyProvider(PolicyProperties properties) {
        this.defaultPolicy = properties.complaint().toPolicy();
        this.bySubsidiary = properties.subsidiaries().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().toPolicy()));
    }

    @Override
    public ComplaintPolicy complaintPolicy(String subsidiaryId) {
        return bySubsidiary.getOrDefault(subsidiaryId, defaultPolicy);
    }
}
