package com.serviceledger.query.satisfaction;

import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.query.satisfaction.RatingViews.RatingIndex;
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

/** Projects satisfaction ratings into {@code sq-ratings}. */
@Component
@ProcessingGroup(RatingProjection.PROCESSING_GROUP)
class RatingProjection {

    static final String PROCESSING_GROUP = "rating-view";

    private final ViewStore<RatingView> store;
    private final RatingIndex index;

    RatingProjection(ViewStore<RatingView> store, RatingIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(RatingRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        store.note(uow, e.ratingId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() throws IOException {
        index.index().recreate();
    }
}
