package com.serviceledger.query.servicerequest;

import com.serviceledger.query.view.IndexSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service request view's index.
 *
 * @param alias           the name every reader and writer uses
 * @param version         the mapping version; the concrete index is {@code alias + "-v" + version}
 * @param shards          primary shards of a new index
 * @param replicas        replicas of a new index (0 on a single node, or it never turns green)
 * @param refreshInterval how soon written documents become searchable
 */
@ConfigurationProperties("serviceledger.query.service-request-index")
public record ServiceRequestIndexProperties(@DefaultValue("sq-service-requests") String alias,
                                            @DefaultValue("5") int version,
                                            @DefaultValue("1") int shards,
                                            @DefaultValue("0") int replicas,
                                            @DefaultValue("1s") String refreshInterval) implements IndexSettings {

    @Override
    public String mappingPattern() {
        return "elasticsearch/service-requests-mapping-v%d.json";
    }
}
