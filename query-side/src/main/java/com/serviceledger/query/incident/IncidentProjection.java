package com.serviceledger.query.incident;

import com.serviceledger.kernel.incident.EmergencyPlanActivated;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentReported;
import com.serviceledger.kernel.incident.IncidentResolved;
import com.serviceledger.kernel.incident.IncidentReviewed;
import com.serviceledger.kernel.incident.SupportRecorded;
import com.serviceledger.kernel.incident.SupportRequested;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects incidents into {@code sq-incidents}; every event is of the incident's own stream. */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class IncidentProjection {

    public static final String PROCESSING_GROUP = "incident-view";

    private final ViewStore<IncidentView> store;
    private final IncidentViews.Index index;

    IncidentProjection(ViewStore<IncidentView> store, IncidentViews.Index index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(IncidentDeclared e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(EmergencyPlanActivated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(IncidentReported e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(SupportRequested e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(SupportRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(IncidentResolved e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(IncidentReviewed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(IncidentDeadlineWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @EventHandler
    void on(IncidentDeadlineBreached e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.incidentId(), e, seq, at);
    }

    @ResetHandler
    void onReset() {
        try {
            index.recreate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(UnitOfWork<?> uow, String id, Object event, long seq, Instant at) {
        store.note(uow, id, seq, at, view -> view.take(event));
    }
}
