package com.serviceledger.query.complaint;

import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pooled streaming processor that feeds the complaint view.
 *
 * @param batchSize          events per batch: one {@code _mget} and one {@code _bulk} each
 * @param threadCount        worker threads processing segments in parallel
 * @param segmentCount       segments created on first start (fixes the parallelism ceiling)
 * @param tokenClaimInterval how often unclaimed segments are looked for
 */
@ConfigurationProperties("serviceledger.query.complaint-view")
public record ComplaintViewProcessorProperties(@DefaultValue("200") int batchSize,
                                               @DefaultValue("2") int threadCount,
                                               @DefaultValue("4") int segmentCount,
                                               @DefaultValue("2s") Duration tokenClaimInterval)
        implements ProcessorSettings {
}
