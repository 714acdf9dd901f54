package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.IncidentPolicy;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The emergency settings ({@code serviceledger.policy.incident.*}), in force for every subsidiary until it publishes
 * a version of its own; the regulations give no figures (及時, 總結分析), so the defaults are ours.
 */
public record IncidentPolicyProperties(@DefaultValue("default-1") String version,
                                       @DefaultValue("1h") Duration reportWithin,
                                       @DefaultValue("7d") Duration reviewWithin,
                                       @DefaultValue("1d") Duration drillRecordWithin,
                                       @DefaultValue({"50", "80"}) List<Integer> warningPercents) {

    IncidentPolicy toPolicy() {
        return new IncidentPolicy(version, reportWithin, reviewWithin, drillRecordWithin, warningPercents);
    }
}
