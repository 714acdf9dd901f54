package com.serviceledger.query.policy;

import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.query.policy.SatisfactionTargets.TargetIndex;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects every published policy version's satisfaction target into {@code sq-satisfaction-targets}. */
@Component
@ProcessingGroup(SatisfactionTargetProjection.PROCESSING_GROUP)
class SatisfactionTargetProjection {

    static final String PROCESSING_GROUP = "satisfaction-target-view";

    private final ViewStore<SatisfactionTargetView> store;
    private final TargetIndex index;

    SatisfactionTargetProjection(ViewStore<SatisfactionTargetView> store, TargetIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(PolicyPublished e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        store.note(uow, SatisfactionTargetView.idOf(e), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() throws IOException {
        index.index().recreate();
    }
}
