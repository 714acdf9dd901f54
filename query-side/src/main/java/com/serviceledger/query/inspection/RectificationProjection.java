package com.serviceledger.query.inspection;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.query.view.ViewStore;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.AggregateType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects rectification cases into {@code sq-rectifications}. */
@Component
@ProcessingGroup(InspectionProjection.PROCESSING_GROUP)
public class RectificationProjection {

    private final ViewStore<RectificationView> store;
    private final InspectionIndices.Rectifications index;

    RectificationProjection(ViewStore<RectificationView> store, InspectionIndices.Rectifications index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(RectificationRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.rectificationId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(RectificationWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.rectificationId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(RectificationOverdue e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.rectificationId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(OwnersCommitteeInformed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.rectificationId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(RectificationRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.rectificationId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() {
        InspectionIndices.recreate(index);
    }

    /** An attached file shows in the timeline; noted so the view's sequence stays the case's last event. */
    @EventHandler
    void on(AttachmentAdded e, @AggregateType String caseType, @SequenceNumber long seq, @Timestamp Instant at,
            UnitOfWork<?> uow) {
        if ("Rectification".equals(caseType)) {
            note(uow, e.caseId(), seq, at, view -> { });
        }
    }

    private void note(UnitOfWork<?> uow, String id, long seq, Instant at, Consumer<RectificationView> effect) {
        store.note(uow, id, seq, at, effect);
    }
}
