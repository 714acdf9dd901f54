package com.serviceledger.query.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.platform.security.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * New inbox rows as they are planned, for the listeners of this JVM. The rows are written by the command side,
 * possibly in another JVM, so there is no in-memory hub to listen to: one poller per JVM reads the delivery table
 * ({@link NotificationStore#after}) while anybody listens, from where the table ended when the first listener came,
 * and hands each row to the listeners it is for (their staff member, a unit their scope covers). Nobody listening,
 * nothing is polled. One processor (one segment) plans the rows, so seqs grow in commit order; the inbox listing
 * stays the record of what arrived, the stream is a prompt.
 */
@Component
@EnableConfigurationProperties(InboxProperties.class)
class InboxFeed {

    private static final Logger log = LoggerFactory.getLogger(InboxFeed.class);

    private final NotificationStore store;
    private final InboxProperties properties;

    // guarded by this
    private final Set<Listener> listeners = new LinkedHashSet<>();
    private Disposable poller;
    private Sinks.Empty<Void> started;
    /** The last seq handed out; -1 until the poller has read where the table ends. */
    private long position = -1;
    /** Changes whenever the poller stops, so a poll still running then hands out nothing. */
    private long generation;

    InboxFeed(NotificationStore store, InboxProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** One listener: a staff member within a scope. */
    final class Listener {

        private final String staffId;
        private final Scope scope;
        private final Mono<Void> ready;
        private final Sinks.Many<Delivery> rows;
        private final Sinks.Empty<Void> dropped = Sinks.empty();

        private Listener(String staffId, Scope scope, Mono<Void> ready, int buffer) {
            this.staffId = staffId;
            this.scope = scope;
            this.ready = ready;
            this.rows = Sinks.many().unicast().onBackpressureBuffer(Queues.<Delivery>get(buffer).get());
        }

        /** Completes once every row planned from now on will come (the poller knows where it starts). */
        public Mono<Void> ready() {
            return ready;
        }

        /** The rows for this listener planned after it joined. */
        public Flux<Delivery> rows() {
            return rows.asFlux();
        }

        /** Completes when the listener fell too far behind and was dropped: its stream should end. */
        public Mono<Void> dropped() {
            return dropped.asMono();
        }

        /** Stops listening; the last one to leave stops the poller. */
        public void leave() {
            InboxFeed.this.leave(this);
        }

        private boolean wants(Delivery row) {
            return staffId.equals(row.staffId()) && scope.covers(row.subsidiaryId(), row.departmentId());
        }

        /** @return false when the buffer is full */
        private boolean offer(Delivery row) {
            return rows.tryEmitNext(row).isSuccess();
        }
    }

    /** Starts listening for the staff member's rows within the scope (non-blocking). */
    public synchronized Listener join(String staffId, Scope scope) {
        if (poller == null) {
            start();
        }
        Listener listener = new Listener(staffId, scope, started.asMono(), properties.bufferSize());
        listeners.add(listener);
        return listener;
    }

    /** Listeners now, for tests and metrics. */
    synchronized int listening() {
        return listeners.size();
    }

    /** Whether the poller runs (it does exactly while somebody listens). */
    synchronized boolean polling() {
        return poller != null;
    }

    private synchronized void leave(Listener listener) {
        listeners.remove(listener);
        stopWhenNobodyListens();
    }

    private void stopWhenNobodyListens() {
        if (listeners.isEmpty() && poller != null) {
            poller.dispose();
            poller = null;
            generation++;
            position = -1;
        }
    }

    private void start() {
        long polling = ++generation;
        started = Sinks.empty();
        position = -1;
        poller = Flux.interval(Duration.ZERO, properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromRunnable(() -> poll(polling))
                        .subscribeOn(Schedulers.boundedElastic())
                        .onErrorResume(e -> {
                            // the database away for a moment: the next tick tries again from the same place
                            log.warn("Inbox poll failed; trying again: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    private void poll(long polling) {
        long from;
        synchronized (this) {
            if (polling != generation) {
                return;
            }
            from = position;
        }
        if (from < 0) {
            long last = store.lastSeq();
            synchronized (this) {
                if (polling == generation) {
                    position = last;
                    started.tryEmitEmpty();
                }
            }
            return;
        }
        List<Delivery> rows = store.after(NotificationChannel.INBOX, from, properties.batchSize());
        if (!rows.isEmpty()) {
            handOut(polling, rows);
        }
    }

    private synchronized void handOut(long polling, List<Delivery> rows) {
        if (polling != generation) {
            return;
        }
        List<Listener> behind = new ArrayList<>();
        for (Delivery row : rows) {
            position = row.seq();
            for (Listener listener : listeners) {
                if (listener.wants(row) && !behind.contains(listener) && !listener.offer(row)) {
                    behind.add(listener);
                }
            }
        }
        for (Listener listener : behind) {
            log.info("Inbox listener of {} fell {} rows behind; its stream ends", listener.staffId,
                    properties.bufferSize());
            listeners.remove(listener);
            listener.dropped.tryEmitEmpty();
        }
        stopWhenNobodyListens();
    }
}
