package com.serviceledger.query.complaint;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads and writes complaint views for a batch: one {@code _mget} for the current documents, one
 * {@code _bulk} for the changed ones. Each document's external version is the sequence number of the
 * last event applied to it, so a stale or repeated write loses against a newer one.
 */
@Component
class ComplaintViewStore {

    private static final Logger log = LoggerFactory.getLogger(ComplaintViewStore.class);
    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final ComplaintIndex index;

    ComplaintViewStore(ElasticsearchClient client, ComplaintIndex index) {
        this.client = client;
        this.index = index;
    }

    void write(ComplaintViewBatch batch) {
        long started = System.nanoTime();
        try {
            Map<String, ComplaintView> current = fetch(List.copyOf(batch.complaintIds()));
            BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(true);
            int writes = 0;
            for (String complaintId : batch.complaintIds()) {
                ComplaintView view = current.getOrDefault(complaintId, ComplaintView.empty(complaintId));
                if (batch.applyTo(view)) {
                    bulk.operations(op -> op.index(i -> i
                            .index(index.alias())
                            .id(complaintId)
                            .document(view)
                            .version(view.lastSequence())
                            .versionType(VersionType.External)));
                    writes++;
                }
            }
            if (writes > 0) {
                check(client.bulk(bulk.build()));
            }
            log.debug("Projected {} events onto {} complaint views in {} ms", batch.eventCount(), writes,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable; the batch will be retried", e);
        }
    }

    private Map<String, ComplaintView> fetch(List<String> ids) throws IOException {
        MgetResponse<ComplaintView> response = client.mget(m -> m.index(index.alias()).ids(ids), ComplaintView.class);
        Map<String, ComplaintView> found = new HashMap<>();
        for (MultiGetResponseItem<ComplaintView> item : response.docs()) {
            if (item.isFailure()) {
                throw new ComplaintViewWriteFailed("Reading complaint view " + item.failure().id() + " failed: "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                found.put(item.result().id(), item.result().source());
            }
        }
        return found;
    }

    /** A version conflict means a newer (or the same) state is already there: fine on replay. */
    private static void check(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != VERSION_CONFLICT)
                .toList();
        if (!failed.isEmpty()) {
            BulkResponseItem first = failed.getFirst();
            throw new ComplaintViewWriteFailed("%d complaint views not written, first %s: %s %s".formatted(
                    failed.size(), first.id(), first.error().type(), first.error().reason()));
        }
    }

    /** Fails the batch, so the processor rolls back its token and retries it. */
    static final class ComplaintViewWriteFailed extends RuntimeException {
        ComplaintViewWriteFailed(String message) {
            super(message);
        }
    }
}
