package com.serviceledger.query.improvement;

import com.serviceledger.kernel.improvement.ImprovementActionCompleted;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.improvement.ImprovementEffectChecked;
import com.serviceledger.kernel.improvement.ImprovementProgressReported;
import com.serviceledger.query.improvement.ImprovementViews.ImprovementIndex;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects improvement actions into {@code sq-improvement-actions}. */
@Component
@ProcessingGroup(ImprovementActionProjection.PROCESSING_GROUP)
class ImprovementActionProjection {

    static final String PROCESSING_GROUP = "improvement-action-view";

    private final ViewStore<ImprovementActionView> store;
    private final ImprovementIndex index;

    ImprovementActionProjection(ViewStore<ImprovementActionView> store, ImprovementIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(ImprovementActionRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ImprovementProgressReported e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ImprovementActionCompleted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ImprovementEffectChecked e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ImprovementActionWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ImprovementActionOverdue e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.actionId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() throws IOException {
        index.index().recreate();
    }

    private void note(UnitOfWork<?> uow, String id, long seq, Instant at, Consumer<ImprovementActionView> effect) {
        store.note(uow, id, seq, at, effect);
    }
}
