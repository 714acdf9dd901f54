package com.serviceledger.query.scoring;

import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.ServiceStarRecorded;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects staff months (scorecards) into {@code sq-scorecards}; every event is of the scorecard's own stream. */
@Component
@ProcessingGroup(ScorecardProjection.PROCESSING_GROUP)
public class ScorecardProjection {

    public static final String PROCESSING_GROUP = "scorecard-view";

    private final ViewStore<ScorecardView> store;
    private final ScorecardViews.Index index;

    ScorecardProjection(ViewStore<ScorecardView> store, ScorecardViews.Index index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(ScorecardOpened e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintScored e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(JointLiabilityCharged e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceStarRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ScorecardClosed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(WorstServiceDesignated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(StaffWarned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ScorecardCorrected e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.scorecardId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() {
        try {
            index.recreate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(UnitOfWork<?> uow, String id, long seq, Instant at, Consumer<ScorecardView> effect) {
        store.note(uow, id, seq, at, effect);
    }
}
