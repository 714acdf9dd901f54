package com.serviceledger.query.servicerequest;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.servicerequest.DelayAnnounced;
import com.serviceledger.kernel.servicerequest.DeliveryAccepted;
import com.serviceledger.kernel.servicerequest.DeliveryRejected;
import com.serviceledger.kernel.servicerequest.FirstResponseMade;
import com.serviceledger.kernel.servicerequest.MaterialsReceived;
import com.serviceledger.kernel.servicerequest.MaterialsRequested;
import com.serviceledger.kernel.servicerequest.ProgressReported;
import com.serviceledger.kernel.servicerequest.SatisfactionRecorded;
import com.serviceledger.kernel.servicerequest.ServiceDelivered;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssessed;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosed;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosedWithoutSurvey;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaWarningRaised;
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
 * Projects service request events into the service request view. Handlers only note each event's effect;
 * the batch's documents are read, evolved and written together when the batch commits.
 */
@Component
@ProcessingGroup(ServiceRequestProjection.PROCESSING_GROUP)
public class ServiceRequestProjection {

    public static final String PROCESSING_GROUP = "service-request-view";
    /** The aggregate type of this view's cases in the event store. */
    static final String CASE_TYPE = "ServiceRequest";

    private final ViewStore<ServiceRequestView> store;
    private final ServiceRequestIndex index;

    ServiceRequestProjection(ViewStore<ServiceRequestView> store, ServiceRequestIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventHandler
    void on(ServiceRequestReceived e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(MaterialsRequested e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(MaterialsReceived e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(FirstResponseMade e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestAssigned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestAssessed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServicePlanned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ProgressReported e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(DelayAnnounced e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceDelivered e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(DeliveryRejected e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(DeliveryAccepted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(SatisfactionRecorded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestClosed e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestClosedWithoutSurvey e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestSlaWarningRaised e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(ServiceRequestSlaBreached e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        note(uow, e.requestId(), seq, at, view -> view.on(e));
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

    private void note(UnitOfWork<?> uow, String requestId, long seq, Instant at,
                      Consumer<ServiceRequestView> effect) {
        store.note(uow, requestId, seq, at, effect);
    }
}
