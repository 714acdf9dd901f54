package com.serviceledger.query.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Every event of every aggregate, appended to the history data stream. The stream is append-only and
 * its writes idempotent, so a replay (reset) needs no cleanup: it re-appends what is already there.
 */
@Component
@ProcessingGroup(EventHistoryProjection.PROCESSING_GROUP)
class EventHistoryProjection {

    static final String PROCESSING_GROUP = "event-history";

    private final HistoryDocuments documents;
    private final HistoryWriter writer;

    EventHistoryProjection(HistoryDocuments documents, HistoryWriter writer) {
        this.documents = documents;
        this.writer = writer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, UnitOfWork<?> unitOfWork) {
        writer.append(unitOfWork, event.getIdentifier(), documents.of(event));
    }
}
