package com.serviceledger.query.scoring;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import com.serviceledger.query.view.SimpleIndexSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scorecard view ({@code serviceledger.query.scorecard-view.*}): one document per staff member and
 * month, fed by its own pooled processor.
 */
@ConfigurationProperties("serviceledger.query.scorecard-view")
public record ScorecardViewProperties(@DefaultValue("sq-scorecards") String alias,
                                      @DefaultValue("3") int version,
                                      @DefaultValue("1") int shards,
                                      @DefaultValue("0") int replicas,
                                      @DefaultValue("1s") String refreshInterval,
                                      @DefaultValue("200") int batchSize,
                                      @DefaultValue("1") int threadCount,
                                      @DefaultValue("2") int segmentCount,
                                      @DefaultValue("2s") Duration tokenClaimInterval) implements ProcessorSettings {

    IndexSettings index() {
        return new SimpleIndexSettings(alias, version, shards, replicas, refreshInterval,
                "elasticsearch/scorecards-mapping-v%d.json");
    }
}
