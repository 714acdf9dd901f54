package com.serviceledger.query.incident;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import com.serviceledger.query.view.SimpleIndexSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The incident views ({@code serviceledger.query.incident-view.*}): one document per incident, and one per emergency
 * plan with its versions and drills, fed by one pooled processor.
 */
@ConfigurationProperties("serviceledger.query.incident-view")
public record IncidentViewProperties(@DefaultValue("sq-incidents") String alias,
                                     @DefaultValue("2") int version,
                                     @DefaultValue("1") int shards,
                                     @DefaultValue("0") int replicas,
                                     @DefaultValue("1s") String refreshInterval,
                                     @DefaultValue("200") int batchSize,
                                     @DefaultValue("1") int threadCount,
                                     @DefaultValue("2") int segmentCount,
                                     @DefaultValue("2s") Duration tokenClaimInterval,
                                     @DefaultValue("sq-emergency-plans") String plansAlias,
                                     @DefaultValue("2") int plansVersion) implements ProcessorSettings {

    IndexSettings index() {
        return new SimpleIndexSettings(alias, version, shards, replicas, refreshInterval,
                "elasticsearch/incidents-mapping-v%d.json");
    }

    IndexSettings plans() {
        return new SimpleIndexSettings(plansAlias, plansVersion, shards, replicas, refreshInterval,
                "elasticsearch/emergency-plans-mapping-v%d.json");
    }
}
