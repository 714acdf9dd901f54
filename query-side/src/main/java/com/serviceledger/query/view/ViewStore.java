package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes one kind of view in batches: event handlers {@link #note} each event's effect, and when the
 * processor's batch commits, the touched documents are read with one {@code _mget}, evolved in memory
 * and written with one {@code _bulk}. Each document's external version is the sequence number of the
 * last event applied to it, so a stale or repeated write loses against a newer one (idempotent on
 * replay, safe against reordering).
 * <p>
 * A document that cannot be written (its evolution throws, or Elasticsearch rejects it for good: a 4xx
 * other than a version conflict, e.g. a mapping error or a write block) does not stop the view: its
 * events are parked in the processor's dead-letter queue ({@link DeadLetterParking}) and the rest of the
 * batch is written. Transient failures (unreachable, the whole bulk failing, an item 429/5xx) fail the
 * batch, so the processor retries it.
 * <p>
 * A store writes to its index's alias, or, retargeted with {@link #writingTo}, to the concrete index a
 * rebuild fills. Right after a rebuild swapped the alias, the new index may still lack events the live
 * processor had written to the old one; a live batch then waits for the rebuild to bring them (see
 * {@link #caughtUp} and {@code query.rebuild.ViewRebuild}).
 * <p>
 * A rebuild's store may also hold its documents between batches ({@link HeldDocuments}): each is then read
 * and written about once instead of once per batch its events fall into. The rebuild {@link #flush}es them
 * before it swaps the alias; a rebuild that stops before is never resumed, so nothing held is lost that a
 * new rebuild would not write again.
 */
public class ViewStore<V extends SequencedView> {

    private static final Logger log = LoggerFactory.getLogger(ViewStore.class);
    private static final int VERSION_CONFLICT = 409;
    /** Safety bounds of the wait after an alias swap; the rebuild processor normally closes the gap in ms. */
    private static final Duration RETIRING_PATIENCE = Duration.ofSeconds(60);
    private static final Duration RETIRING_POLL = Duration.ofMillis(20);
    /**
     * How long the answer "no retiring index" is trusted (from the moment that look was sent): without a
     * rebuild every live batch would otherwise ask, and get a 404. A rebuild puts the retiring alias up
     * {@link #RETIRING_NOTICE} before it moves the live alias, so every store on every replica has looked
     * again by then. Fixed, not configured: the two sides must agree across replicas.
     */
    public static final Duration RETIRING_LOOK_EVERY = Duration.ofSeconds(1);
    /** How long a rebuild keeps the retiring alias up before the swap: twice the look, for margin. */
    public static final Duration RETIRING_NOTICE = RETIRING_LOOK_EVERY.multipliedBy(2);
    private static final long NOT_LOOKED = Long.MIN_VALUE;
    private static final int TOO_MANY_REQUESTS = 429;
    /** Documents per {@code _bulk} when held documents are flushed. */
    private static final int FLUSH_BULK = 1000;

    private final ElasticsearchClient client;
    private final ViewIndex index;
    private final Class<V> type;
    private final Function<String, V> empty;
    private final String batchKey;
    /** A concrete index being rebuilt, or null: the alias. */
    private final String target;
    /** Documents a rebuild leaves out: they failed, so the live processor has their events parked. */
    private final Set<String> leftOut = ConcurrentHashMap.newKeySet();
    /** A rebuild's documents kept between batches, or null: written after every batch. */
    private final HeldDocuments<V> held;
    /** When the last look that found no retiring index was sent ({@code nanoTime}), or {@link #NOT_LOOKED}. */
    private volatile long noRetiringSince = NOT_LOOKED;
    private volatile ViewWriteListener writeListener = ViewWriteListener.NONE;

    /**
     * @param empty the document of an aggregate no event has touched yet
     */
    public ViewStore(ElasticsearchClient client, ViewIndex index, Class<V> type, Function<String, V> empty) {
        this(client, index, type, empty, null, null);
    }

    private ViewStore(ElasticsearchClient client, ViewIndex index, Class<V> type, Function<String, V> empty,
                      String target, HeldDocuments<V> held) {
        this.client = client;
        this.index = index;
        this.type = type;
        this.empty = empty;
        this.target = target;
        this.held = held;
        this.batchKey = ViewStore.class.getName() + "/" + target();
    }

    /** The same store reading and writing a concrete index instead of the alias, for a rebuild. */
    public ViewStore<V> writingTo(String concreteIndex) {
        return writingTo(concreteIndex, 0);
    }

    /**
     * The same store writing a concrete index for a rebuild, holding up to {@code heldDocuments} documents
     * between batches until {@link #flush} (none: written after every batch). Only for an index nobody else
     * writes until the flush.
     */
    public ViewStore<V> writingTo(String concreteIndex, int heldDocuments) {
        return new ViewStore<>(client, index, type, empty, concreteIndex,
                heldDocuments > 0 ? new HeldDocuments<>(heldDocuments) : null);
    }

    private String target() {
        return target == null ? index.alias() : target;
    }

    /** Who hears of written documents (live updates); a setter so the stores' constructors stay as they are. */
    @Autowired(required = false)
    public void setWriteListener(ViewWriteListener writeListener) {
        this.writeListener = writeListener;
    }

    /** Records an event's effect on its document in the batch of the unit of work being processed. */
    public void note(UnitOfWork<?> unitOfWork, String viewId, long sequenceNumber, Instant eventTime,
                     Consumer<V> effect) {
        if (target != null && leftOut.contains(viewId)) {
            return;
        }
        batchOf(unitOfWork).add(viewId, sequenceNumber, eventTime, effect, (EventMessage<?>) unitOfWork.getMessage());
    }

    /**
     * One batch per processor batch (the batching unit of work's root), written at its prepare-commit. A
     * dead letter being retried is written in its own unit of work, so a failure keeps just it parked.
     */
    private ViewBatch<V> batchOf(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> owner = DeadLetterParking.retrying(unitOfWork) ? unitOfWork : unitOfWork.root();
        return owner.getOrComputeResource(batchKey, key -> {
            ViewBatch<V> batch = new ViewBatch<>();
            owner.onPrepareCommit(u -> write(batch, u));
            return batch;
        });
    }

    void write(ViewBatch<V> batch, UnitOfWork<?> unitOfWork) {
        if (held != null) {
            held.batches().lock();
            try {
                if (held.holding()) {
                    writeHeld(batch, unitOfWork);
                    return;
                }
            } finally {
                held.batches().unlock();
            }
        }
        long started = System.nanoTime();
        try {
            List<String> ids = List.copyOf(batch.viewIds());
            Map<String, V> current = caughtUp(fetch(ids), ids);
            BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(target == null);
            Map<String, RuntimeException> rejected = new LinkedHashMap<>();
            int writes = 0;
            for (String viewId : batch.viewIds()) {
                V view = current.getOrDefault(viewId, empty.apply(viewId));
                boolean changed;
                try {
                    changed = batch.applyTo(view);
                } catch (RuntimeException e) {
                    rejected.put(viewId, e);
                    continue;
                }
                if (changed) {
                    bulk.operations(op -> op.index(i -> i
                            .index(target())
                            .id(viewId)
                            .document(view)
                            .version(view.lastSequence())
                            .versionType(VersionType.External)));
                    writes++;
                }
            }
            if (writes > 0) {
                rejected.putAll(rejectedDocuments(client.bulk(bulk.build())));
            }
            if (!rejected.isEmpty()) {
                park(batch, rejected, unitOfWork);
            }
            Set<String> written = new LinkedHashSet<>(batch.viewIds());
            written.removeAll(rejected.keySet());
            if (writes > 0 && !written.isEmpty()) {
                writeListener.written(index.alias(), written);
            }
            log.debug("Projected {} events onto {} documents of {} in {} ms", batch.eventCount(), writes,
                    target(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable; the batch will be retried", e);
        }
    }

    /**
     * A rebuild batch while documents are held: evolves the held documents (reading only those not held, once),
     * keeps them, and writes just those that fall out of the limit. A document whose evolution throws is
     * written as far as its last applied event and left out from then on, as a rejected one is.
     */
    private void writeHeld(ViewBatch<V> batch, UnitOfWork<?> unitOfWork) {
        long started = System.nanoTime();
        try {
            Map<String, V> current = new HashMap<>();
            List<String> notHeld = new ArrayList<>();
            for (String viewId : batch.viewIds()) {
                V view = held.take(viewId);
                if (view != null) {
                    current.put(viewId, view);
                } else {
                    notHeld.add(viewId);
                }
            }
            if (!notHeld.isEmpty()) {
                current.putAll(fetch(notHeld));
            }
            Map<String, RuntimeException> rejected = new LinkedHashMap<>();
            Map<String, V> failed = new LinkedHashMap<>();
            for (String viewId : batch.viewIds()) {
                V view = current.computeIfAbsent(viewId, empty);
                try {
                    batch.applyTo(view);
                    if (view.lastSequence() != null) {
                        held.put(viewId, view);
                    }
                } catch (RuntimeException e) {
                    held.remove(viewId);
                    rejected.put(viewId, e);
                    if (view.lastSequence() != null) {
                        failed.put(viewId, view);
                    }
                }
            }
            Map<String, V> evicted = held.overflow();
            Map<String, V> writes = new LinkedHashMap<>(evicted);
            writes.putAll(failed);
            boolean succeeded = false;
            try {
                rejected.putAll(bulk(writes));
                succeeded = true;
            } finally {
                // held again if not written: still consistent, a retry of the batch skips the events they hold
                held.written(evicted, succeeded);
            }
            if (!rejected.isEmpty()) {
                park(batch, rejected, unitOfWork);
            }
            log.debug("Held {} events' changes of {} documents of {}, wrote {}, in {} ms", batch.eventCount(),
                    batch.viewIds().size(), target(), writes.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable; the batch will be retried", e);
        } finally {
            held.release(batch.viewIds());
        }
    }

    /**
     * Writes every held document and holds none from then on, so the index holds every event the rebuild has
     * processed so far; waits for the batches being written. A rebuild calls it before its swap, with as
     * many bulks in flight at once as its processor has threads.
     */
    public void flush(int parallelism) throws IOException {
        if (held == null) {
            return;
        }
        held.flushing().lock();
        try {
            if (!held.holding()) {
                return;
            }
            long started = System.nanoTime();
            List<Map.Entry<String, V>> all = List.copyOf(held.releaseAll().entrySet());
            Map<String, RuntimeException> rejected = new LinkedHashMap<>();
            ExecutorService bulks = Executors.newFixedThreadPool(Math.max(1, parallelism));
            try {
                List<Future<Map<String, RuntimeException>>> sent = new ArrayList<>();
                for (int from = 0; from < all.size(); from += FLUSH_BULK) {
                    Map<String, V> chunk = new LinkedHashMap<>();
                    all.subList(from, Math.min(all.size(), from + FLUSH_BULK))
                            .forEach(e -> chunk.put(e.getKey(), e.getValue()));
                    sent.add(bulks.submit(() -> bulk(chunk)));
                }
                for (Future<Map<String, RuntimeException>> bulk : sent) {
                    rejected.putAll(bulk.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewWriteFailed("Interrupted while flushing " + target());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new ViewWriteFailed("Flushing " + target() + " failed", e.getCause());
            } finally {
                bulks.shutdownNow();
            }
            if (!rejected.isEmpty()) {
                leaveOut(rejected);
            }
            log.info("Flushed {} held documents into {} in {} ms", all.size(), target(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            held.flushing().unlock();
        }
    }

    /** Writes the documents at their versions; the refused ones for good, by id. */
    private Map<String, RuntimeException> bulk(Map<String, V> views) throws IOException {
        if (views.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(target == null);
        views.forEach((viewId, view) -> bulk.operations(op -> op.index(i -> i
                .index(target())
                .id(viewId)
                .document(view)
                .version(view.lastSequence())
                .versionType(VersionType.External))));
        Map<String, RuntimeException> rejected = rejectedDocuments(client.bulk(bulk.build()));
        Set<String> written = new LinkedHashSet<>(views.keySet());
        written.removeAll(rejected.keySet());
        if (!written.isEmpty()) {
            writeListener.written(index.alias(), written);
        }
        return rejected;
    }

    private Map<String, V> fetch(List<String> ids) throws IOException {
        MgetResponse<V> response = client.mget(m -> m.index(target()).ids(ids), type);
        Map<String, V> found = new HashMap<>();
        for (MultiGetResponseItem<V> item : response.docs()) {
            if (item.isFailure()) {
                throw new ViewWriteFailed("Reading " + target() + "/" + item.failure().id() + " failed: "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                found.put(item.result().id(), item.result().source());
            }
        }
        return found;
    }

    /**
     * Right after a rebuild swapped the alias, the new index may lack events this (live) processor wrote
     * to the retiring one just before; evolving that older copy would apply later events over a gap, and
     * the external version would then make the rebuild skip the missing ones for good. So a live batch
     * waits until the new index holds at least the retiring index's version of each of its documents
     * (the rebuild processor is past the head at the swap and keeps running until it covers that). The
     * retiring copy itself is never evolved: in a mapping migration it may have the old shape.
     */
    private Map<String, V> caughtUp(Map<String, V> current, List<String> ids) throws IOException {
        if (target != null) {
            return current;
        }
        long deadline = System.nanoTime() + RETIRING_PATIENCE.toNanos();
        List<String> behind = behindRetiring(current, ids);
        while (!behind.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new ViewWriteFailed("%d documents of %s still behind %s, first %s".formatted(
                        behind.size(), target(), index.retiringAlias(), behind.getFirst()));
            }
            try {
                Thread.sleep(RETIRING_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewWriteFailed("Interrupted while " + target() + " caught up with the retiring index");
            }
            current.putAll(fetch(behind));
            behind = behindRetiring(current, behind);
        }
        return current;
    }

    /**
     * The documents whose retiring copy is newer; none when there is no retiring index (no rebuild swapping).
     * A look that found none is trusted for {@link #RETIRING_LOOK_EVERY}. Safe because this runs after the
     * batch's fetch: a fetch that already read the new index came after the swap, the swap comes
     * {@link #RETIRING_NOTICE} after the retiring alias went up, so a look sent less than
     * {@code RETIRING_LOOK_EVERY} before now was sent after that and would have found it.
     */
    private List<String> behindRetiring(Map<String, V> current, List<String> ids) throws IOException {
        long lookedAt = noRetiringSince;
        long sentAt = System.nanoTime();
        if (lookedAt != NOT_LOOKED && sentAt - lookedAt < RETIRING_LOOK_EVERY.toNanos()) {
            return List.of();
        }
        MgetResponse<V> response;
        try {
            response = client.mget(m -> m.index(index.retiringAlias()).ids(ids).source(s -> s.fetch(false)), type);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                noRetiringSince = sentAt;
                return List.of();
            }
            throw e;
        }
        noRetiringSince = NOT_LOOKED;
        List<String> behind = new ArrayList<>();
        for (MultiGetResponseItem<V> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().version() != null) {
                V now = current.get(item.result().id());
                Long have = now == null ? null : now.lastSequence();
                if (have == null || have < item.result().version()) {
                    behind.add(item.result().id());
                }
            }
        }
        return behind;
    }

    /**
     * A version conflict means a newer (or the same) state is already there: fine on replay. An item
     * refused with 429 or 5xx fails the batch (retried); any other refusal is the document's own problem.
     */
    private Map<String, RuntimeException> rejectedDocuments(BulkResponse response) {
        Map<String, RuntimeException> rejected = new LinkedHashMap<>();
        if (!response.errors()) {
            return rejected;
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != VERSION_CONFLICT)
                .toList();
        Optional<BulkResponseItem> transientFailure = failed.stream()
                .filter(item -> item.status() == TOO_MANY_REQUESTS || item.status() >= 500)
                .findFirst();
        if (transientFailure.isPresent()) {
            BulkResponseItem first = transientFailure.get();
            throw new ViewWriteFailed("%d documents of %s not written, first %s: %s %s".formatted(
                    failed.size(), target(), first.id(), first.error().type(), first.error().reason()));
        }
        failed.forEach(item -> rejected.put(item.id(), new DocumentRejected(target(), item)));
        return rejected;
    }

    /** Parks the rejected documents' events, or fails the batch where there is no queue to park them in. */
    private void park(ViewBatch<V> batch, Map<String, RuntimeException> rejected, UnitOfWork<?> unitOfWork) {
        Map.Entry<String, RuntimeException> first = rejected.entrySet().iterator().next();
        if (target != null) {
            leaveOut(rejected);
            return;
        }
        DeadLetterParking parking = DeadLetterParking.of(unitOfWork).orElseThrow(() -> new ViewWriteFailed(
                "%d documents of %s not written, first %s: %s".formatted(rejected.size(), target(),
                        first.getKey(), first.getValue()), first.getValue()));
        rejected.forEach((viewId, cause) -> {
            List<EventMessage<?>> events = batch.events(viewId);
            log.warn("Parking {} events of {}/{} in the dead-letter queue: {}", events.size(), target(), viewId,
                    cause.toString());
            events.forEach(event -> parking.park(event, cause));
        });
    }

    /**
     * A rebuild has no queue of its own: the same events fail (and are parked) in the live processor, whose
     * dead letters are retried into the new index once the rebuild completes.
     */
    private void leaveOut(Map<String, RuntimeException> rejected) {
        Map.Entry<String, RuntimeException> first = rejected.entrySet().iterator().next();
        leftOut.addAll(rejected.keySet());
        log.warn("Rebuild into {} leaves out {} documents, first {}: {}", target, rejected.size(), first.getKey(),
                first.getValue().toString());
    }

    /** Fails the batch, so the processor rolls back its token and retries it. */
    static final class ViewWriteFailed extends RuntimeException {
        ViewWriteFailed(String message) {
            super(message);
        }

        ViewWriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Elasticsearch refused one document for good. The reason is kept without the field value preview
     * Elasticsearch quotes, since dead letters are listed to operators.
     */
    static final class DocumentRejected extends RuntimeException {
        DocumentRejected(String alias, BulkResponseItem item) {
            super("Elasticsearch refused %s/%s (%d): %s %s".formatted(alias, item.id(), item.status(),
                    item.error().type(), withoutValues(item.error().reason())));
        }

        private static String withoutValues(String reason) {
            if (reason == null) {
                return "";
            }
            int preview = reason.indexOf("Preview of field's value");
            return preview < 0 ? reason : reason.substring(0, preview).trim();
        }
    }
}
