package com.serviceledger.query.incident;

import com.serviceledger.kernel.incident.DrillEvaluated;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
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

/** Projects emergency plans with their versions and drills into {@code sq-emergency-plans}. */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class EmergencyPlanProjection {

    private final ViewStore<EmergencyPlanView> store;
    private final IncidentViews.PlanIndex index;

    EmergencyPlanProjection(ViewStore<EmergencyPlanView> store, IncidentViews.PlanIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(EmergencyPlanPublished e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
    }

    @EventHandler
    void on(DrillPlanned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
    }

    @EventHandler
    void on(DrillHeld e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
    }

    @EventHandler
    void on(DrillEvaluated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
    }

    @EventHandler
    void on(DrillOverdue e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
    }

    /** Changes nothing but the document's sequence, as the view's fold (the fault run compares the two). */
    @EventHandler
    void on(DrillWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.planId(), e, seq, at);
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
