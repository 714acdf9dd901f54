package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;

/** Reads one kind of view by id without blocking (real-time get: no refresh wait). */
public class ViewReader<V> {

    /** Elasticsearch's limit on a document id. */
    static final int MAX_ID_BYTES = 512;

    private final ElasticsearchAsyncClient client;
    private final ViewIndex index;
    private final Class<V> type;

    public ViewReader(ElasticsearchAsyncClient client, ViewIndex index, Class<V> type) {
        this.client = client;
        this.index = index;
        this.type = type;
    }

    public Mono<V> byId(String id) {
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            // no document can have it, and Elasticsearch refuses the request line (a 500 before: found by fuzzing)
            return Mono.empty();
        }
        return Mono.fromFuture(() -> client.get(g -> g.index(index.alias()).id(id), type))
                .flatMap(response -> Mono.justOrEmpty(response.found() ? response.source() : null));
    }
}
