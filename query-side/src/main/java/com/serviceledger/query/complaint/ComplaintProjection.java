package com.serviceledger.query.complaint;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintClosedUnresolved;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.HandlerArrivedOnSite;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.kernel.complaint.SolutionReturned;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.view.ViewStore;
import java.io.IOException;
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

/**
 * Projects complaint events into the complaint view. Handlers only note each event's effect; the
 * batch's views are read, evolved and written together when the batch commits.
 */
@Component
@ProcessingGroup(ComplaintProjection.PROCESSING_GROUP)
public class ComplaintProjection {

    public static final String PROCESSING_GROUP = "complaint-view";
    /** The aggregate type of this view's cases in the event store. */
    static final String CASE_TYPE = "Complaint";

    private final ViewStore<ComplaintView> store;
    private final ComplaintIndex index;

    ComplaintProjection(ViewStore<ComplaintView> store, ComplaintIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(ComplaintReceived e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintDismissed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintForwarded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(CustomerContacted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(HandlerArrivedOnSite e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintHandlerNamed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(SolutionRejected e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(CallbackRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintVerified e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintArchived e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintClosedUnresolved e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintSlaWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintSlaBreached e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(InvestigationResultReturned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(SolutionReturned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintResultReported e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ComplaintOutcomeRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.complaintId(), seq, at, view -> view.on(e));
    }

    /** Shared with the other case types: only this view's own cases count. */
    @EventHandler
    void on(CustomerErased e, @AggregateType String caseType, @SequenceNumber long seq, @Timestamp Instant at,
            UnitOfWork<?> uow) {
        if (CASE_TYPE.equals(caseType)) {
            note(uow, e.caseId(), seq, at, view -> view.on(e));
        }
    }

    /** Changes nothing shown; noted so the view's sequence stays the case's last event. */
    @EventHandler
    void on(CustomerContactDisclosed e, @AggregateType String caseType, @SequenceNumber long seq,
            @Timestamp Instant at, UnitOfWork<?> uow) {
        if (CASE_TYPE.equals(caseType)) {
            note(uow, e.caseId(), seq, at, view -> { });
        }
    }

    /** An attached file shows in the timeline, not here; noted so the view's sequence stays the case's last event. */
    @EventHandler
    void on(AttachmentAdded e, @AggregateType String caseType, @SequenceNumber long seq, @Timestamp Instant at,
            UnitOfWork<?> uow) {
        if (CASE_TYPE.equals(caseType)) {
            note(uow, e.caseId(), seq, at, view -> { });
        }
    }

    /** A replay from the first event starts from an empty index, so it rebuilds the same documents. */
    @ResetHandler
    void onReset() throws IOException {
        index.recreate();
    }

    private void note(UnitOfWork<?> uow, String complaintId, long seq, Instant at, Consumer<ComplaintView> effect) {
        store.note(uow, complaintId, seq, at, effect);
    }
}
