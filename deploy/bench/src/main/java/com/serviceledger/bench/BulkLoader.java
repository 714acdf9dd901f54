package com.serviceledger.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fills a view's alias with documents through {@code _bulk}, refreshes switched off meanwhile. */
final class BulkLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);
    private static final int BATCH = 5_000;

    private final ElasticsearchClient client;

    BulkLoader(ElasticsearchClient client) {
        this.client = client;
    }

    /** @return documents per second, or 0 when the alias holds that many documents already (a reused run) */
    double load(String alias, int count, IntFunction<Map<String, Object>> document, boolean reuse)
            throws IOException {
        if (reuse && client.count(c -> c.index(alias)).count() == count) {
            log.info("{}: reusing the {} documents of an earlier run", alias, count);
            return 0;
        }
        long started = System.nanoTime();
        client.indices().putSettings(s -> s.index(alias).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        for (int from = 0; from < count; from += BATCH) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                Map<String, Object> doc = document.apply(n);
                bulk.operations(op -> op.index(i -> i.index(alias).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                var failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
                throw new IllegalStateException("document rejected by " + alias + ": " + failed.error().reason());
            }
            if ((from / BATCH) % 40 == 0) {
                log.info("{}: {} of {} documents", alias, from, count);
            }
        }
        client.indices().putSettings(s -> s.index(alias).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(alias));
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("{}: {} documents in {} s", alias, count, Math.round(seconds));
        return count / seconds;
    }

    /**
     * Switches the shard request cache, which answers a repeated aggregation without computing it while
     * the index is unchanged: off, every call is computed as the first look at a dashboard would be.
     */
    void requestCache(String alias, boolean enabled) throws IOException {
        client.indices().putSettings(s -> s.index(alias)
                .withJson(new StringReader("{\"index.requests.cache.enable\":" + enabled + "}")));
        client.indices().clearCache(c -> c.index(alias).request(true));
    }
}
