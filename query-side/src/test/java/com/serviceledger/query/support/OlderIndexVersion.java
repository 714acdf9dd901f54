package com.serviceledger.query.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewIndex;
import java.io.IOException;

/** Simulates a view index left by an older release, for the migration tests. */
public final class OlderIndexVersion {

    private OlderIndexVersion() {
    }

    /**
     * A copy of the view's current index named {@code <alias>-v0}, with the alias moved onto it and the original
     * dropped; returns the copy's name.
     */
    public static String pointAliasToVersionZero(ElasticsearchClient elasticsearch, ViewIndex index)
            throws IOException {
        String current = index.currentIndex();
        String v0 = index.alias() + "-v0";
        elasticsearch.indices().putSettings(p -> p.index(current).settings(s -> s.blocks(b -> b.write(true))));
        elasticsearch.indices().clone(c -> c.index(current).target(v0).waitForActiveShards(w -> w.count(1)));
        elasticsearch.indices().putSettings(p -> p.index(v0).settings(s -> s.blocks(b -> b.write(false))));
        elasticsearch.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(current).alias(index.alias())))
                .actions(a -> a.add(r -> r.index(v0).alias(index.alias()).isWriteIndex(true))));
        elasticsearch.indices().delete(d -> d.index(current));
        return v0;
    }
}
