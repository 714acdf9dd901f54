package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import reactor.core.publisher.Mono;

/** Reads one kind of view by id without blocking (real-time get: no refresh wait). */
public class ViewReader<V> {

    private final ElasticsearchAsyncClient client;
    private final ViewIndex index;
    private final Class<V> type;

    public ViewReader(ElasticsearchAsyncClient client, ViewIndex index, Class<V> type) {
        this.client = client;
        this.index = index;
        this.type = type;
    }

    public Mono<V> byId(String id) {
        return Mono.fromFuture(() -> client.get(g -> g.index(index.alias()).id(id), type))
                .flatMap(response -> Mono.justOrEmpty(response.found() ? response.source() : null));
    }
}
