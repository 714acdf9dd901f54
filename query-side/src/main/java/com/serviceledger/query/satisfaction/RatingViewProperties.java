package com.serviceledger.query.satisfaction;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The ratings view's index and processor. */
@ConfigurationProperties("serviceledger.query.rating-view")
public record RatingViewProperties(@DefaultValue("sq-ratings") String alias,
                                   @DefaultValue("2") int version,
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
        return "elasticsearch/ratings-mapping-v%d.json";
    }
}
