package com.serviceledger.query.policy;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The satisfaction-targets view's index and processor. */
@ConfigurationProperties("serviceledger.query.satisfaction-target-view")
public record SatisfactionTargetViewProperties(@DefaultValue("sq-satisfaction-targets") String alias,
                                               @DefaultValue("1") int version,
                                               @DefaultValue("1") int shards,
                                               @DefaultValue("0") int replicas,
                                               @DefaultValue("1s") String refreshInterval,
                                               @DefaultValue("200") int batchSize,
                                               @DefaultValue("1") int threadCount,
                                               @DefaultValue("1") int segmentCount,
                                               @DefaultValue("2s") Duration tokenClaimInterval)
        implements IndexSettings, ProcessorSettings {

    @Override
    public String mappingPattern() {
        return "elasticsearch/satisfaction-targets-mapping-v%d.json";
    }
}
