package com.serviceledger.query.inspection;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inspection views: one pooled processor feeds the three indices (inspections, rectifications,
 * quality months), each behind its own alias.
 *
 * @param batchSize          events per batch: one {@code _mget} and one {@code _bulk} per index each
 * @param threadCount        worker threads processing segments in parallel
 * @param segmentCount       segments created on first start (fixes the parallelism ceiling)
 * @param tokenClaimInterval how often unclaimed segments are looked for
 * @param shards             primary shards of a new index
 * @param replicas           replicas of a new index (0 on a single node)
 * @param refreshInterval    how soon written documents become searchable
 */
@ConfigurationProperties("serviceledger.query.inspection-views")
public record InspectionViewsProperties(@DefaultValue("200") int batchSize,
                                        @DefaultValue("2") int threadCount,
                                        @DefaultValue("4") int segmentCount,
                                        @DefaultValue("2s") Duration tokenClaimInterval,
                                        @DefaultValue("1") int shards,
                                        @DefaultValue("0") int replicas,
                                        @DefaultValue("1s") String refreshInterval,
                                        @DefaultValue("sq-inspections") String inspectionsAlias,
                                        @DefaultValue("1") int inspectionsVersion,
                                        @DefaultValue("sq-rectifications") String rectificationsAlias,
                                        @DefaultValue("3") int rectificationsVersion,
                                        @DefaultValue("sq-quality-months") String qualityMonthsAlias,
                                        @DefaultValue("1") int qualityMonthsVersion) implements ProcessorSettings {

    IndexSettings inspections() {
        return index(inspectionsAlias, inspectionsVersion, "elasticsearch/inspections-mapping-v%d.json");
    }

    IndexSettings rectifications() {
        return index(rectificationsAlias, rectificationsVersion, "elasticsearch/rectifications-mapping-v%d.json");
    }

    IndexSettings qualityMonths() {
        return index(qualityMonthsAlias, qualityMonthsVersion, "elasticsearch/quality-months-mapping-v%d.json");
    }

    private IndexSettings index(String alias, int version, String mappingPattern) {
        return new Index(alias, version, shards, replicas, refreshInterval, mappingPattern);
    }

    private record Index(String alias, int version, int shards, int replicas, String refreshInterval,
                         String mappingPattern) implements IndexSettings {
    }
}
