package com.serviceledger.query.elasticsearch;

import com.serviceledger.query.view.IndexSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The complaint view's index: readers and writers only know the alias; the versioned index behind it
 * can be rebuilt under a new version and swapped in.
 *
 * @param alias           the name every reader and writer uses
 * @param version         the mapping version; the concrete index is {@code alias + "-v" + version}
 * @param shards          primary shards of a new index
 * @param replicas        replicas of a new index (0 on a single node, or it never turns green)
 * @param refreshInterval how soon written documents become searchable
 */
@ConfigurationProperties("serviceledger.query.complaint-index")
public record ComplaintIndexProperties(@DefaultValue("sq-complaints") String alias,
                                       @DefaultValue("7") int version,
                                       @DefaultValue("1") int shards,
                                       @DefaultValue("0") int replicas,
                                       @DefaultValue("1s") String refreshInterval) implements IndexSettings {

    @Override
    public String mappingPattern() {
        return "elasticsearch/complaints-mapping-v%d.json";
    }
}
