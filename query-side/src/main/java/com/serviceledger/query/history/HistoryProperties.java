package com.serviceledger.query.history;

import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event history data stream and the processor that appends to it.
 *
 * @param dataStream         the data stream's name; its index template carries the same name
 * @param mappingVersion     the mapping resource {@code elasticsearch/history-mapping-v<n>.json}; a new
 *                           version applies from the stream's next backing index (rollover)
 * @param shards             primary shards of each backing index
 * @param replicas           replicas of each backing index (0 on a single node)
 * @param refreshInterval    how soon appended events become searchable
 * @param unitCacheSize      aggregates whose current unit is remembered, so events that lack it (e.g.
 *                           {@code CustomerContacted}) rarely need their aggregate's earlier events read
 * @param batchSize          events per batch: one {@code _bulk} each
 * @param threadCount        worker threads processing segments in parallel
 * @param segmentCount       segments created on first start
 * @param tokenClaimInterval how often unclaimed segments are looked for
 */
@ConfigurationProperties("serviceledger.query.history")
public record HistoryProperties(@DefaultValue("sq-history") String dataStream,
                                @DefaultValue("1") int mappingVersion,
                                @DefaultValue("1") int shards,
                                @DefaultValue("0") int replicas,
                                @DefaultValue("1s") String refreshInterval,
                                @DefaultValue("10000") int unitCacheSize,
                                @DefaultValue("500") int batchSize,
                                @DefaultValue("1") int threadCount,
                                @DefaultValue("2") int segmentCount,
                                @DefaultValue("2s") Duration tokenClaimInterval) implements ProcessorSettings {

    String mappingResource() {
        return "elasticsearch/history-mapping-v%d.json".formatted(mappingVersion);
    }

    String templateResource() {
        return "elasticsearch/history-template.json";
    }
}
