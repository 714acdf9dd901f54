package com.serviceledger.query.improvement;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The improvement-actions view's index and processor. */
@ConfigurationProperties("serviceledger.query.improvement-view")
public record ImprovementViewProperties(@DefaultValue("sq-improvement-actions") String alias,
                                        @DefaultValue("1") int version,
                                        @DefaultValue("1") int shards,
                                        @DefaultValue("0") int replicas,
                                        @DefaultValue("1s") String refreshInterval,
                                        @DefaultValue("200") int batchSize,
                                        @DefaultValue("1") int threadCount,
                                        @DefaultValue("2") int segmentCount,
                                        @DefaultValue("2s") Duration tokenClaimInterval)
        implements IndexSettings, ProcessorSettings {

    @Override
    public String mappingPattern() {
        return "elasticsearch/improvement-actions-mapping-v%d.json";
    }
}
