package com.serviceledger.bench.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view's ceiling on this node: the rebuilt index's documents, indexed again with nothing but
 * {@code _bulk} into a scratch index of the same mapping and shard count, refreshes off, in bulks of the
 * processor's batch size from as many threads as the processor has workers, each document with its
 * external version as the projection writes it. No event is read, nothing is fetched or folded.
 */
final class RawBulkCeiling {

    private static final Logger log = LoggerFactory.getLogger(RawBulkCeiling.class);
    private static final int PAGE = 5_000;

    record Document(String id, long version, Map<String, Object> source) {
    }

    record Result(long documents, double seconds, Map<String, Double> cores) {

        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private final ElasticsearchClient client;

    RawBulkCeiling(ElasticsearchClient client) {
        this.client = client;
    }

    /** Every document behind the alias, with {@code lastSequence} as its version. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    List<Document> read(String alias) throws IOException {
        List<Document> documents = new ArrayList<>();
        ResponseBody<Map> page = client.search(s -> s.index(alias).size(PAGE).scroll(t -> t.time("2m"))
                .sort(o -> o.doc(d -> d)), Map.class);
        String scroll = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Map> hit : page.hits().hits()) {
                    Map<String, Object> source = hit.source();
                    documents.add(new Document(hit.id(), ((Number) source.get("lastSequence")).longValue(), source));
                }
                String current = scroll;
                page = client.scroll(s -> s.scrollId(current).scroll(t -> t.time("2m")), Map.class);
                scroll = page.scrollId();
            }
        } finally {
            String last = scroll;
            client.clearScroll(c -> c.scrollId(last));
        }
        return documents;
    }

    Result index(String alias, String scratch, List<Document> documents, int bulkSize, int threads)
            throws Exception {
        TypeMapping mapping = client.indices().getMapping(g -> g.index(alias)).mappings().values().iterator().next()
                .mappings();
        IndexSettings settings = client.indices().getSettings(g -> g.index(alias)).settings().values().iterator()
                .next().settings();
        String shards = settings.numberOfShards() != null ? settings.numberOfShards()
                : settings.index() != null && settings.index().numberOfShards() != null
                ? settings.index().numberOfShards() : "1";
        client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
        client.indices().create(c -> c.index(scratch).mappings(mapping)
                .settings(s -> s.numberOfShards(shards).numberOfReplicas("0").refreshInterval(t -> t.time("-1"))));
        try {
            AtomicInteger nextBulk = new AtomicInteger();
            int bulks = (documents.size() + bulkSize - 1) / bulkSize;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CpuSample before = CpuSample.take();
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int bulk = nextBulk.getAndIncrement(); bulk < bulks; bulk = nextBulk.getAndIncrement()) {
                        send(scratch, documents.subList(bulk * bulkSize,
                                Math.min(documents.size(), (bulk + 1) * bulkSize)));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Double> cores = CpuSample.take().coresSince(before);
            pool.shutdown();
            client.indices().refresh(r -> r.index(scratch));
            long indexed = client.count(c -> c.index(scratch)).count();
            if (indexed != documents.size()) {
                throw new IllegalStateException(scratch + " holds " + indexed + " of " + documents.size() + " documents");
            }
            log.info("raw _bulk: {} documents in {} s", indexed, "%.1f".formatted(seconds));
            return new Result(indexed, seconds, cores);
        } finally {
            client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
        }
    }

    private void send(String index, List<Document> documents) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Document doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(index).id(doc.id()).version(doc.version())
                    .versionType(VersionType.External).document(doc.source())));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            var failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("document rejected by " + index + ": " + failed.error().reason());
        }
    }
}
