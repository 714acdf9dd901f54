package com.serviceledger.query.live;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * Makes a view's announced writes searchable now, for the live queries watching it: a search sees a written
 * document only after its index refreshes (every second by itself). Each request is answered by a refresh that
 * starts after it; the requests of many watchers and changes that arrive meanwhile share the next refresh, and
 * refreshes of one view start at least {@code GAP} apart, so a view under heavy writes is refreshed at most ten
 * times a second, and only while somebody watches it live.
 */
@Component
public class ViewRefresher {

    private static final Logger log = LoggerFactory.getLogger(ViewRefresher.class);
    static final Duration GAP = Duration.ofMillis(100);

    private final ElasticsearchClient client;
    private final Map<String, Alias> aliases = new ConcurrentHashMap<>();

    ViewRefresher(ElasticsearchClient client) {
        this.client = client;
    }

    /** Completes once a refresh of the view begun after this call is done (also when it failed: a later look sees it). */
    public Mono<Void> refreshed(String alias) {
        return aliases.computeIfAbsent(alias, Alias::new).request();
    }

    private final class Alias {

        private final String name;
        private List<MonoSink<Void>> waiting = new ArrayList<>();
        private boolean running;
        private long lastStart;

        Alias(String name) {
            this.name = name;
        }

        Mono<Void> request() {
            return Mono.create(sink -> {
                boolean start;
                synchronized (this) {
                    waiting.add(sink);
                    start = !running;
                    running = true;
                }
                if (start) {
                    next();
                }
            });
        }

        private void next() {
            List<MonoSink<Void>> batch;
            long wait;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    running = false;
                    return;
                }
                batch = waiting;
                waiting = new ArrayList<>();
                wait = Math.max(0, lastStart + GAP.toMillis() - System.currentTimeMillis());
                lastStart = System.currentTimeMillis() + wait;
            }
            Mono.delay(Duration.ofMillis(wait))
                    .then(Mono.fromRunnable(this::refresh).subscribeOn(Schedulers.boundedElastic()))
                    .doFinally(signal -> {
                        batch.forEach(MonoSink::success);
                        next();
                    })
                    .subscribe();
        }

        private void refresh() {
            try {
                client.indices().refresh(request -> request.index(name));
            } catch (Exception e) {
                log.debug("Refresh of {} for a live query failed: {}", name, e.toString());
            }
        }
    }
}
