package com.serviceledger.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.serviceledger.query.view.ProcessorSettings;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One zero-downtime rebuild of a view (a processing group and all the indices it feeds).
 *
 * <ol>
 * <li>New concrete indices {@code <alias>-v<configured version>-<stamp>} are created, without alias.</li>
 * <li>A separate pooled streaming processor ({@code <view>@rebuild-<stamp>}, own tokens, from the tail)
 *     runs fresh instances of the view's projections, whose stores write to the new indices. The live
 *     processor keeps writing through the aliases into the old indices; queries answer from those.</li>
 * <li>Before that processor starts, a {@link BulkReplay} (unless {@code RebuildProperties.bulkReplay} is off)
 *     hands the events from the tail up to the head seen at the start straight to the same projection instances,
 *     in batches, outside the processor; then the processor's segments are stored at the token of the last
 *     event it handled and the processor continues from there. Everything below runs as before.</li>
 * <li>The retiring alias ({@code <alias>-retiring}) goes up on each old index, still the live one: a live
 *     store trusts a look that found no retiring index for {@code ViewStore.RETIRING_LOOK_EVERY}, so the
 *     swap waits at least {@code ViewStore.RETIRING_NOTICE} (twice that) after it, and every live store, on
 *     every replica, has seen it by then.</li>
 * <li>When the rebuild's position (the lowest of its segments) reaches the head observed at the previous
 *     look (one poll interval ago: under steady writes the head of this very moment is always a batch
 *     ahead, so waiting for it could take forever), the documents the rebuild's stores held back between
 *     batches are written, and one {@code _aliases} request moves every alias of the view to its new index (write
 *     index); the retiring alias stays on the old one. State {@code CATCHING_UP}.</li>
 * <li>The head is read again right after the swap. The rebuild runs on until it covers that position,
 *     then it is shut down, its tokens deleted and the old indices dropped (with the retiring alias).</li>
 * </ol>
 *
 * <h2>The race at the swap, and why it is safe</h2>
 * Both processors write the same documents with {@code version_type=external} (version = the aggregate
 * sequence of the last event applied), and a document at version n is the same whoever built it, so the
 * overlap is idempotent: the lower or equal version loses.
 * <ul>
 * <li><b>Events only in the old index.</b> Between the rebuild's last position and the swap, the live
 *     processor goes on writing into the old index. Every such write was committed before the swap, so
 *     its event was in the store before it, at a position no higher than the head read after the swap;
 *     running the rebuild until it covers that head brings all of them into the new index. (The live
 *     processor's own position at the swap is never higher than that head.)</li>
 * <li><b>A live batch evolving a document the new index has not caught up on.</b> After the swap the live
 *     processor reads through the alias from the new index. If it read a document there that lacks
 *     events it had itself written into the old index, applying its next event would leave a gap, and the
 *     higher external version would make the rebuild's later write of the missing events lose: the gap
 *     would be permanent. This is why the live {@code ViewStore} also reads the versions in the retiring
 *     index, and waits (briefly, the rebuild is past the previous head) until the new index holds at
 *     least that version before evolving a document. It never evolves the retiring copy itself.</li>
 * <li><b>A live batch straddling the swap</b> (read from the old index, bulk after the swap through the
 *     alias into the new one) writes a document complete up to its version: fine for a rebuild of the
 *     same mapping. In a migration that document was evolved from an old-shape copy; its version wins over
 *     the rebuild's, so the handful of documents touched in that one batch keep what the live processor
 *     made of them (the same as all documents it wrote while the old version was still in place).</li>
 * <li><b>Queries</b> resolve the alias per request: before the swap they see the old index, after it the
 *     new one, which by then holds everything up to the head seen just before; never an empty index.</li>
 * </ul>
 * Limits: the rebuild runs on the replica that started it; one rebuild per view across all replicas is the
 * registry's rule ({@code ViewRebuilds} over the lease in {@code RebuildStore}). Positions are the tokens'
 * positions: an event committed out of order exactly at the swap is caught by the rebuild only if it had been
 * read by then. A rebuild is never resumed: the documents its stores held in memory (see
 * {@code RebuildProperties.heldDocuments}, written before the swap) are lost with nothing depending on them, and
 * a new rebuild starts from the first event. A replica shutting down fails its rebuilds, which drops their
 * unswapped indices; after a crash the registry's check does the same once the lease is stale. The bulk replay
 * stores no token at all: a rebuild stopped or failed during it has no tokens, and its new indices are dropped. During a migration
 * the live processor writes new-code documents into the old version's index: fields the new version only
 * adds are put onto the old mapping first ({@code ViewIndex}); where a change is not additive, its
 * {@code strict} mapping rejects those documents and they are parked (queries answer them stale, never fail). A reset of the live processor during a rebuild recreates the index under the alias and fails the
 * rebuild at its swap.
 */
final class ViewRebuild {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);
    private static final int MAX_RETRIED_SEQUENCES = 100_000;
    private static final java.time.Duration REPORT_EVERY = java.time.Duration.ofSeconds(10);

    private final String id;
    private final RebuildableView view;
    private final String reason;
    private final String processorName;
    private final ElasticsearchClient client;
    private final RebuildProperties properties;
    private final Clock clock;
    private final Map<ViewIndex, String> oldIndices;
    private final Map<ViewIndex, String> newIndices;
    private final Map<String, Long> documents = new LinkedHashMap<>();
    private RebuildableView.Targets targets;
    private final LongAdder events = new LongAdder();
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();

    private Configuration axon;
    private EventStore eventStore;
    private TokenStore tokenStore;
    private TransactionManager transactionManager;
    private PooledStreamingEventProcessor processor;
    private ScheduledExecutorService coordinator;
    private ScheduledExecutorService workers;
    /** The bulk phase before the processor (null: none configured); the processor starts when it finished. */
    private BulkReplay bulk;
    private volatile boolean processorStarted;
    private volatile long handOverPosition = -1;
    /** Stopped at shutdown: a bulk replay that has just finished must not start the processor any more. */
    private volatile boolean stopped;

    private volatile RebuildState state = RebuildState.REPLAYING;
    private volatile long processed = -1;
    private volatile long head = -1;
    /** The head at the previous look; none before the first. */
    private long previousHead = Long.MIN_VALUE;
    private volatile long swapHead = -1;
    private volatile Instant swappedAt;
    private volatile Instant finishedAt;
    private volatile long finishedNanos;
    private volatile String failure;
    private long lastProgressNanos = System.nanoTime();
    private long lastProcessed = -1;
    private long lastReportNanos = System.nanoTime();
    /** When the retiring aliases went up ({@code nanoTime}). */
    private long retiringUpNanos;

    ViewRebuild(RebuildableView view, String reason, String stamp, ElasticsearchClient client,
                RebuildProperties properties, Clock clock) throws IOException {
        this.id = view.name() + "-" + stamp;
        this.view = view;
        this.reason = reason;
        this.processorName = view.name() + "@rebuild-" + stamp;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.oldIndices = new LinkedHashMap<>();
        this.newIndices = new LinkedHashMap<>();
        for (ViewIndex index : view.indices()) {
            oldIndices.put(index, index.currentIndex());
        }
        try {
            for (ViewIndex index : view.indices()) {
                newIndices.put(index, index.createRebuildIndex(stamp));
            }
        } catch (IOException | RuntimeException e) {
            deleteNewIndices();
            throw e;
        }
    }

    String id() {
        return id;
    }

    String viewName() {
        return view.name();
    }

    boolean running() {
        return state == RebuildState.REPLAYING || state == RebuildState.CATCHING_UP;
    }

    /**
     * Builds and starts the rebuild processor: the live processor's threads (but the rebuild's batch size and
     * segments), its own name and tokens.
     */
    void start(Configuration axon) {
        this.axon = axon;
        eventStore = axon.eventStore();
        tokenStore = axon.eventProcessingConfiguration().tokenStore(view.name());
        transactionManager = axon.getComponent(TransactionManager.class);
        Map<String, String> byAlias = new LinkedHashMap<>();
        newIndices.forEach((index, target) -> byAlias.put(index.alias(), target));
        List<EventMessageHandler> handlers = new ArrayList<>();
        targets = new RebuildableView.Targets(byAlias, properties.heldDocuments(), new ArrayList<>());
        for (Object projection : view.projections(targets)) {
            handlers.add(new AnnotationEventHandlerAdapter(projection, axon.parameterResolverFactory(),
                    axon.handlerDefinition(projection.getClass())));
        }
        retiringUp();
        ProcessorSettings settings = view.processor();
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                // as the live processor: a failing batch is retried, never skipped
                .listenerInvocationErrorHandler(PropagatingErrorHandler.INSTANCE)
                .build();
        coordinator = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("Coordinator[" + processorName + "]"));
        workers = Executors.newScheduledThreadPool(settings.threadCount(),
                new AxonThreadFactory("WorkPackage[" + processorName + "]"));
        MessageMonitor<EventMessage<?>> counter = message -> {
            events.increment();
            return NoOpMessageMonitorCallback.INSTANCE;
        };
        processor = PooledStreamingEventProcessor.builder()
                .name(processorName)
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialToken(StreamableMessageSource::createTailToken)
                .initialSegmentCount(segmentCount())
                .batchSize(properties.batchSize() > 0 ? properties.batchSize() : settings.batchSize())
                .tokenClaimInterval(settings.tokenClaimInterval().toMillis())
                .messageMonitor(counter)
                .build();
        if (properties.bulkReplay()) {
            int threads = properties.bulkThreads() > 0 ? properties.bulkThreads() : settings.threadCount();
            bulk = new BulkReplay(processorName, eventStore, invoker, transactionManager, properties.bulkBatchSize(),
                    threads, events, () -> Thread.ofPlatform().daemon().name("hand-over[" + processorName + "]")
                    .start(this::tick));
            bulk.start();
        } else {
            startProcessor();
        }
        log.info("Rebuild {} of {} ({}) started{}: {} -> {}", id, view.name(), reason,
                bulk == null ? "" : " with a bulk replay", names(oldIndices), names(newIndices));
    }

    private void startProcessor() {
        processor.start();
        processorStarted = true;
    }

    /**
     * The bulk replay has handled everything up to its token: the processor's segments start there (stored
     * before it starts, so it never takes its initial token), and it catches up the rest.
     */
    private void handOver() {
        TrackingToken reached = bulk.reached();
        if (reached != null) {
            transactionManager.executeInTransaction(
                    () -> tokenStore.initializeTokenSegments(processorName, segmentCount(), reached));
            handOverPosition = reached.position().orElse(-1);
        }
        startProcessor();
        log.info("Rebuild {}: bulk replay handed over at position {} after {} events; processor started", id,
                handOverPosition, events.sum());
    }

    /** One look at the progress: swap once caught up, finish once past the head seen at the swap. */
    synchronized void tick() {
        if (!running() || stopped) {
            return;
        }
        try {
            if (bulk != null && !processorStarted) {
                Optional<Throwable> failed = bulk.failure();
                if (failed.isPresent()) {
                    throw new IllegalStateException("Bulk replay failed", failed.get());
                }
                if (bulk.finished()) {
                    handOver();
                }
            }
            head = headPosition();
            long position = position();
            processed = Math.max(processed, position);
            if (processed > lastProcessed || processed >= head) {
                lastProcessed = processed;
                lastProgressNanos = System.nanoTime();
            } else if (System.nanoTime() - lastProgressNanos > properties.stallTimeout().toNanos()) {
                throw new IllegalStateException("No progress for " + properties.stallTimeout() + " at position "
                        + processed + " of " + head);
            }
            // caught up: past the head seen at the previous look (under steady writes the head of this very
            // moment is always a batch ahead)
            if (state == RebuildState.REPLAYING && previousHead != Long.MIN_VALUE && position >= previousHead
                    && allSegmentsClaimed() && System.nanoTime() - retiringUpNanos >= ViewStore.RETIRING_NOTICE.toNanos()) {
                swap();
            } else if (state == RebuildState.CATCHING_UP && position >= swapHead && allSegmentsClaimed()) {
                complete();
            }
            previousHead = head;
            countDocuments();
            report();
        } catch (Exception e) {
            fail(e);
        }
    }

    private void report() {
        if (running() && System.nanoTime() - lastReportNanos > REPORT_EVERY.toNanos()) {
            lastReportNanos = System.nanoTime();
            log.info("Rebuild {} {} at position {} of {}: {} events handled, {} events/s", id, state, processed, head,
                    events.sum(), Math.round(eventsPerSecond()));
        }
    }

    private void swap() throws IOException {
        // the index must hold every event up to the position: write what the stores held back
        for (ViewStore<?> store : targets.stores()) {
            store.flush(view.processor().threadCount());
        }
        for (Map.Entry<ViewIndex, String> entry : newIndices.entrySet()) {
            entry.getKey().readyForQueries(entry.getValue());
        }
        List<Action> actions = new ArrayList<>();
        for (Map.Entry<ViewIndex, String> entry : newIndices.entrySet()) {
            ViewIndex index = entry.getKey();
            String old = oldIndices.get(index);
            if (old != null) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(index.alias()))));
            }
            actions.add(Action.of(a -> a.add(r -> r.index(entry.getValue()).alias(index.alias()).isWriteIndex(true))));
        }
        // one request: every alias of the view moves at once, or none does
        client.indices().updateAliases(u -> u.actions(actions));
        swappedAt = clock.instant();
        swapHead = headPosition();
        state = RebuildState.CATCHING_UP;
        log.info("Rebuild {} swapped {} to {} at position {}; catching up to {}", id, names(oldIndices),
                names(newIndices), processed, swapHead);
    }

    /**
     * Puts the retiring alias on each old index (dropping any a stopped rebuild left behind), so the live
     * stores look there before the swap can happen; see the class comment.
     */
    private void retiringUp() {
        List<Action> actions = new ArrayList<>();
        oldIndices.forEach((index, old) -> {
            actions.add(Action.of(a -> a.remove(r -> r.index("*").alias(index.retiringAlias()).mustExist(false))));
            if (old != null) {
                actions.add(Action.of(a -> a.add(r -> r.index(old).alias(index.retiringAlias()))));
            }
        });
        try {
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        retiringUpNanos = System.nanoTime();
    }

    /** After a rebuild that never swapped, the live stores need not look at a retiring index any more. */
    private void retiringDown() {
        for (Map.Entry<ViewIndex, String> entry : oldIndices.entrySet()) {
            if (entry.getValue() != null) {
                try {
                    client.indices().deleteAlias(d -> d.index(entry.getValue()).name(entry.getKey().retiringAlias()));
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not remove {} after the failed rebuild {}", entry.getKey().retiringAlias(), id, e);
                }
            }
        }
    }

    private void complete() throws Exception {
        stopProcessor();
        deleteTokens();
        for (String old : oldIndices.values()) {
            if (old != null) {
                client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
            }
        }
        retryParked();
        finished();
        state = RebuildState.COMPLETED;
        log.info("Rebuild {} completed: {} events in {} s ({} events/s), old indices {} deleted", id, events.sum(),
                "%.1f".formatted(seconds()), Math.round(eventsPerSecond()), names(oldIndices));
    }

    /**
     * Letters the live processor parked are retried into the new indices: in a migration the old index's
     * (strict) mapping refuses new-shape documents for good, so their aggregates were parked, and every
     * later event of theirs would stay parked behind them. Already applied events are skipped there.
     */
    private void retryParked() {
        axon.eventProcessingConfiguration().sequencedDeadLetterProcessor(view.name()).ifPresent(parked -> {
            int retried = 0;
            try {
                while (retried < MAX_RETRIED_SEQUENCES && parked.processAny()) {
                    retried++;
                }
            } catch (RuntimeException e) {
                log.warn("Retrying the parked letters of {} after rebuild {} failed", view.name(), id, e);
            }
            if (retried > 0) {
                log.info("Rebuild {} retried {} parked sequences of {} into the new indices", id, retried, view.name());
            }
        });
    }

    /** Stops the rebuild; before the swap the old indices stay in use and the new ones are dropped. */
    synchronized void fail(Exception cause) {
        if (!running()) {
            return;
        }
        failure = cause.toString();
        log.error("Rebuild {} of {} failed in state {}", id, view.name(), state, cause);
        try {
            stopBulk();
            stopProcessor();
            deleteTokens();
            if (state == RebuildState.REPLAYING) {
                deleteNewIndices();
                retiringDown();
            }
        } catch (Exception e) {
            log.warn("Cleaning up after the failed rebuild {} failed too", id, e);
        }
        finished();
        state = RebuildState.FAILED;
    }

    private void finished() {
        finishedNanos = System.nanoTime();
        finishedAt = clock.instant();
    }

    /** At application shutdown: stop processing, keep everything else (see the class comment). */
    void stop() {
        stopped = true;
        try {
            stopBulk();
            stopProcessor();
        } catch (Exception e) {
            log.warn("Stopping rebuild {} failed", id, e);
        }
    }

    /** Its threads must not write into indices deleted after it. */
    private void stopBulk() {
        if (bulk != null && !processorStarted) {
            bulk.stop(properties.shutdownTimeout());
        }
    }

    private void stopProcessor() throws Exception {
        if (processor != null) {
            processor.shutdownAsync().get(properties.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
            coordinator.shutdown();
            workers.shutdown();
        }
    }

    /** A token can only be deleted by its owner: claim each segment, then delete it, in one transaction. */
    private void deleteTokens() {
        if (tokenStore == null) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(processorName)) {
                tokenStore.fetchToken(processorName, segment);
                tokenStore.deleteToken(processorName, segment);
            }
        });
    }

    private void deleteNewIndices() {
        for (String index : newIndices.values()) {
            try {
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete {} of a failed rebuild", index, e);
            }
        }
    }

    private boolean allSegmentsClaimed() {
        return processorStarted && processor.processingStatus().size() >= segmentCount();
    }

    /** The rebuild's own, or one per worker thread. */
    private int segmentCount() {
        return properties.segmentCount() > 0 ? properties.segmentCount() : view.processor().threadCount();
    }

    /** The lowest position over the claimed segments (-1 before anything was read). */
    private long position() {
        if (!processorStarted) {
            return bulk == null ? -1 : bulk.position();
        }
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
        }
        return lowest;
    }

    private long headPosition() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private void countDocuments() throws IOException {
        for (Map.Entry<ViewIndex, String> entry : newIndices.entrySet()) {
            String old = oldIndices.get(entry.getKey());
            if (old != null && state != RebuildState.COMPLETED) {
                documents.put(old, count(old));
            }
            if (state != RebuildState.REPLAYING) {
                documents.put(entry.getValue(), count(entry.getValue()));
            }
        }
    }

    private long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    private double seconds() {
        long end = finishedAt == null ? System.nanoTime() : finishedNanos;
        return Math.max(1e-3, (end - startedNanos) / 1e9);
    }

    private double eventsPerSecond() {
        return events.sum() / seconds();
    }

    synchronized RebuildStatus status() {
        List<RebuildStatus.IndexStatus> indices = new ArrayList<>();
        newIndices.forEach((index, target) -> {
            String old = oldIndices.get(index);
            indices.add(new RebuildStatus.IndexStatus(index.alias(), old, target,
                    old == null ? null : documents.get(old), documents.get(target)));
        });
        double percent = head <= 0 ? (processed >= head ? 100 : 0)
                : Math.min(100, Math.max(0, processed) * 100.0 / head);
        if (state == RebuildState.COMPLETED) {
            percent = 100;
        }
        return new RebuildStatus(id, view.name(), processorName, reason, state, processed, head,
                Math.round(percent * 10) / 10.0, events.sum(), Math.round(eventsPerSecond() * 10) / 10.0,
                startedAt, swappedAt, finishedAt, indices, failure,
                handOverPosition < 0 ? null : handOverPosition);
    }

    private static List<String> names(Map<ViewIndex, String> indices) {
        return indices.values().stream().map(String::valueOf).toList();
    }
}
