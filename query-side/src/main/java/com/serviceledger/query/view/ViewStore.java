package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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
 */
public class ViewStore<V extends SequencedView> {

    private static final Logger log = LoggerFactory.getLogger(ViewStore.class);
    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final ViewIndex index;
    private final Class<V> type;
    private final Function<String, V> empty;
    private final String batchKey;
    private volatile ViewWriteListener writeListener = ViewWriteListener.NONE;

    /**
     * @param empty the document of an aggregate no event has touched yet
     */
    public ViewStore(ElasticsearchClient client, ViewIndex index, Class<V> type, Function<String, V> empty) {
        this.client = client;
        this.index = index;
        this.type = type;
        this.empty = empty;
        this.batchKey = ViewStore.class.getName() + "/" + index.alias();
    }

    /** Who hears of written documents (live updates); a setter so the stores' constructors stay as they are. */
    @Autowired(required = false)
    public void setWriteListener(ViewWriteListener writeListener) {
        this.writeListener = writeListener;
    }

    /** Records an event's effect on its document in the batch of the unit of work being processed. */
    public void note(UnitOfWork<?> unitOfWork, String viewId, long sequenceNumber, Instant eventTime,
                     Consumer<V> effect) {
        batchOf(unitOfWork).add(viewId, sequenceNumber, eventTime, effect);
    }

    /** One batch per processor batch (the batching unit of work's root), written at its prepare-commit. */
    private ViewBatch<V> batchOf(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(batchKey, key -> {
            ViewBatch<V> batch = new ViewBatch<>();
            root.onPrepareCommit(u -> write(batch));
            return batch;
        });
    }

    void write(ViewBatch<V> batch) {
        long started = System.nanoTime();
        try {
            Map<String, V> current = fetch(List.copyOf(batch.viewIds()));
            BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(true);
            int writes = 0;
            for (String viewId : batch.viewIds()) {
                V view = current.getOrDefault(viewId, empty.apply(viewId));
                if (batch.applyTo(view)) {
                    bulk.operations(op -> op.index(i -> i
                            .index(index.alias())
                            .id(viewId)
                            .document(view)
                            .version(view.lastSequence())
                            .versionType(VersionType.External)));
                    writes++;
                }
            }
            if (writes > 0) {
                check(client.bulk(bulk.build()));
                writeListener.written(index.alias(), batch.viewIds());
            }
            log.debug("Projected {} events onto {} documents of {} in {} ms", batch.eventCount(), writes,
                    index.alias(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable; the batch will be retried", e);
        }
    }

    private Map<String, V> fetch(List<String> ids) throws IOException {
        MgetResponse<V> response = client.mget(m -> m.index(index.alias()).ids(ids), type);
        Map<String, V> found = new HashMap<>();
        for (MultiGetResponseItem<V> item : response.docs()) {
            if (item.isFailure()) {
                throw new ViewWriteFailed("Reading " + index.alias() + "/" + item.failure().id() + " failed: "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                found.put(item.result().id(), item.result().source());
            }
        }
        return found;
    }

    /** A version conflict means a newer (or the same) state is already there: fine on replay. */
    private void check(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != VERSION_CONFLICT)
                .toList();
        if (!failed.isEmpty()) {
            BulkResponseItem first = failed.getFirst();
            throw new ViewWriteFailed("%d documents of %s not written, first %s: %s %s".formatted(
                    failed.size(), index.alias(), first.id(), first.error().type(), first.error().reason()));
        }
    }

    /** Fails the batch, so the processor rolls back its token and retries it. */
    static final class ViewWriteFailed extends RuntimeException {
        ViewWriteFailed(String message) {
            super(message);
        }
    }
}
