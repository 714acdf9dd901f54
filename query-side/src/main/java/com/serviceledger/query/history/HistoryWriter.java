package com.serviceledger.query.history;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Appends history documents in batches: one {@code _bulk} of {@code create}s per processor batch,
 * written at the batch's prepare-commit. The document id is the event id, so a redelivered event's
 * create is refused with 409 (already there) instead of duplicated.
 */
@Component
class HistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);
    private static final int ALREADY_THERE = 409;
    private static final String BATCH_KEY = HistoryWriter.class.getName();

    private record Entry(String eventId, Map<String, Object> document) {
    }

    private final ElasticsearchClient client;
    private final HistoryStream stream;

    HistoryWriter(ElasticsearchClient client, HistoryStream stream) {
        this.client = client;
        this.stream = stream;
    }

    void append(UnitOfWork<?> unitOfWork, String eventId, Map<String, Object> document) {
        batchOf(unitOfWork).add(new Entry(eventId, document));
    }

    private List<Entry> batchOf(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(BATCH_KEY, key -> {
            List<Entry> batch = new ArrayList<>();
            root.onPrepareCommit(u -> write(batch));
            return batch;
        });
    }

    private void write(List<Entry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().requireDataStream(true);
        for (Entry entry : batch) {
            bulk.operations(op -> op.create(c -> c.index(stream.name()).id(entry.eventId()).document(entry.document())));
        }
        try {
            check(client.bulk(bulk.build()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable; the batch will be retried", e);
        }
        log.debug("Appended {} events to {}", batch.size(), stream.name());
    }

    private void check(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != ALREADY_THERE)
                .toList();
        if (!failed.isEmpty()) {
            BulkResponseItem first = failed.getFirst();
            throw new IllegalStateException("%d events not appended to %s, first %s: %s %s".formatted(
                    failed.size(), stream.name(), first.id(), first.error().type(), first.error().reason()));
        }
    }
}
