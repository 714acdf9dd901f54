package com.serviceledger.query.live;

import com.serviceledger.query.view.SequencedView;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query kept up to date: its result now, and again whenever a view it reads changes, at most once per
 * {@code min-interval} and only when the result differs. Typical use in a controller:
 * <pre>{@code
 * @GetMapping(path = "/api/metrics/x/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
 * Flux<ServerSentEvent<XReport>> live(...) {
 *     validate parameters here (a bad one is a 400 before the stream starts);
 *     return live.events(live.watch(() -> metrics.x(...), Set.of(index.alias())), "x-report");
 * }
 * }</pre>
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
public class LiveQuery {

    private static final Logger log = LoggerFactory.getLogger(LiveQuery.class);
    private static final Object NOW = new Object();

    private final ViewChanges changes;
    private final ViewRefresher refresher;
    private final LiveProperties properties;

    LiveQuery(ViewChanges changes, ViewRefresher refresher, LiveProperties properties) {
        this.changes = changes;
        this.refresher = refresher;
        this.properties = properties;
    }

    /**
     * One view document as it changes: the current version, then each new one, as events named
     * {@code eventName} whose id is the document's last sequence. A document not there yet is sent once it is.
     */
    public <V extends SequencedView> Flux<ServerSentEvent<V>> document(String alias, String id, Supplier<Mono<V>> read,
                                                                       String eventName) {
        Flux<V> versions = watch(read, change -> change.touches(alias, id), SequencedView::lastSequence,
                properties.minInterval());
        return events(versions, eventName, view -> String.valueOf(view.lastSequence()));
    }

    /** Re-runs the query when any of these views (aliases) changes; results compared by {@code equals}. */
    public <T> Flux<T> watch(Supplier<Mono<T>> query, Set<String> aliases) {
        return watch(query, change -> aliases.contains(change.alias()), Function.identity(), properties.minInterval());
    }

    /**
     * @param relevant  which changes may alter the result (e.g. one document: {@link ViewChange#touches})
     * @param versionOf what tells two results apart (e.g. a view's last sequence), so equal ones are not re-sent
     * @param interval  shortest time between two results
     */
    public <T> Flux<T> watch(Supplier<Mono<T>> query, Predicate<ViewChange> relevant, Function<? super T, ?> versionOf,
                             Duration interval) {
        Duration settle = properties.settle();
        Flux<Object> wakeUps = changes.changes()
                .filter(relevant)
                .onBackpressureLatest()
                // look as soon as the change is searchable (the view refreshed for it), and again later: a look
                // that lost its race, or a change that fell in a quiet interval, is seen then, never lost for good
                .flatMap(change -> refresher.refreshed(change.alias()).thenReturn((Object) change)
                        .concatWith(Flux.merge(
                                Mono.delay(settle).thenReturn(change),
                                Mono.delay(settle.multipliedBy(3)).thenReturn(change),
                                Mono.delay(settle.multipliedBy(8)).thenReturn(change))), 64)
                // the first change of a quiet interval at once, then quiet for the interval (the later looks
                // bring what the interval dropped)
                .sampleFirst(interval)
                .onBackpressureLatest();
        // subscribed to the changes before the first read, so a change during that read is not missed; and a
        // second first look once the views refreshed, for a write just before the subscription that no search
        // saw yet and no later change will announce
        return Flux.merge(wakeUps, Mono.just(NOW), Mono.delay(settle).thenReturn(NOW))
                .concatMap(wakeUp -> evaluate(query), 1)
                .flatMap(Mono::justOrEmpty)
                .distinctUntilChanged(versionOf);
    }

    /** The configured shortest time between two results. */
    public Duration minInterval() {
        return properties.minInterval();
    }

    /** Results as server-sent events with a heartbeat comment every {@code heartbeat}. */
    public <T> Flux<ServerSentEvent<T>> events(Flux<T> results, String eventName) {
        return events(results, eventName, result -> null);
    }

    /** @param idOf the event id of a result (e.g. a view's last sequence), or null for none */
    public <T> Flux<ServerSentEvent<T>> events(Flux<T> results, String eventName, Function<? super T, String> idOf) {
        Flux<ServerSentEvent<T>> events = results.map(result -> {
            ServerSentEvent.Builder<T> event = ServerSentEvent.builder(result).event(eventName);
            String id = idOf.apply(result);
            return (id == null ? event : event.id(id)).build();
        });
        Flux<ServerSentEvent<T>> heartbeats = Flux.interval(properties.heartbeat(), properties.heartbeat())
                .map(beat -> ServerSentEvent.<T>builder().comment("heartbeat").build());
        return events.mergeWith(heartbeats);
    }

    /** A failed re-read is skipped (the next change tries again); the stream stays open. */
    private static <T> Mono<Optional<T>> evaluate(Supplier<Mono<T>> query) {
        return Mono.defer(query::get)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> {
                    log.warn("Live query failed; waiting for the next change: {}", e.toString());
                    return Mono.just(Optional.empty());
                });
    }
}
