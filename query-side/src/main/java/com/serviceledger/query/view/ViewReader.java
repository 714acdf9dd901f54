package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import com.serviceledger.query.security.ReadScope;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;

/**
 * Reads one kind of view by id without blocking (real-time get: no refresh wait), within the reader's scope: a
 * document outside it reads as absent, so it answers exactly as an unknown id does.
 */
public class ViewReader<V> {

    /** Elasticsearch's limit on a document id. */
    static final int MAX_ID_BYTES = 512;

    private final ElasticsearchAsyncClient client;
    private final ViewIndex index;
    private final Class<V> type;
    private final InScope<? super V> inScope;

    public ViewReader(ElasticsearchAsyncClient client, ViewIndex index, Class<V> type, InScope<? super V> inScope) {
        this.client = client;
        this.index = index;
        this.type = type;
        this.inScope = inScope;
    }

    public Mono<V> byId(String id) {
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            // no document can have it, and Elasticsearch refuses the request line (a 500 before: found by fuzzing)
            return Mono.empty();
        }
        // the unit is checked on the fetched document: a search would wait for a refresh, and a client reading
        // its own write by id must not
        return ReadScope.current().flatMap(scope -> Mono.fromFuture(() -> client.get(g -> g.index(index.alias()).id(id),
                        type))
                .flatMap(response -> Mono.justOrEmpty(response.found() ? response.source() : null))
                .filter(view -> inScope.covers(scope, view)));
    }
}
