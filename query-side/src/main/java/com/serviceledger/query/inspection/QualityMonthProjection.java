package com.serviceledger.query.inspection;

import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityMonthEvaluated;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import com.serviceledger.query.view.ViewStore;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects units' months (counts, escalation, evaluation) into {@code sq-quality-months}. */
@Component
@ProcessingGroup(InspectionProjection.PROCESSING_GROUP)
public class QualityMonthProjection {

    private final ViewStore<QualityMonthView> store;
    private final InspectionIndices.QualityMonths index;

    QualityMonthProjection(ViewStore<QualityMonthView> store, InspectionIndices.QualityMonths index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(QualityMonthOpened e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.qualityMonthId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(InspectionCounted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.qualityMonthId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(RectificationOutcomeCounted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.qualityMonthId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(QualityEscalated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.qualityMonthId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(QualityMonthEvaluated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.qualityMonthId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() {
        InspectionIndices.recreate(index);
    }

    private void note(UnitOfWork<?> uow, String id, long seq, Instant at, Consumer<QualityMonthView> effect) {
        store.note(uow, id, seq, at, effect);
    }
}
