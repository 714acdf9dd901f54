package com.serviceledger.query.inspection;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.query.view.ViewStore;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.AggregateType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects recorded inspections into {@code sq-inspections}. */
@Component
@ProcessingGroup(InspectionProjection.PROCESSING_GROUP)
public class InspectionProjection {

    /** The one processor feeding all three inspection views. */
    public static final String PROCESSING_GROUP = "inspection-views";

    private final ViewStore<InspectionView> store;
    private final InspectionIndices.Inspections index;

    InspectionProjection(ViewStore<InspectionView> store, InspectionIndices.Inspections index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(InspectionRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        store.note(uow, e.inspectionId(), seq, at, view -> view.on(e));
    }

    /** An attached file shows in the timeline; noted so the view's sequence stays the case's last event. */
    @EventHandler
    void on(AttachmentAdded e, @AggregateType String caseType, @SequenceNumber long seq, @Timestamp Instant at,
            UnitOfWork<?> uow) {
        if ("Inspection".equals(caseType)) {
            store.note(uow, e.caseId(), seq, at, view -> { });
        }
    }

    /** A replay from the first event starts from an empty index, so it rebuilds the same documents. */
    @ResetHandler
    void onReset() {
        InspectionIndices.recreate(index);
    }
}
