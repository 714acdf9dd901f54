package com.serviceledger.query.organisation;

import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RelievedOfPosition;
import com.serviceledger.kernel.organisation.StaffContactChanged;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.kernel.organisation.SupervisorAssigned;
import com.serviceledger.kernel.organisation.UnitContactRegistered;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.query.organisation.OrganisationViews.Indices;
import com.serviceledger.query.organisation.OrganisationViews.OrganisationStores;
import java.io.IOException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/** Projects the directory's and the policies' events into their views, in batches. */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
class OrganisationProjection {

    static final String PROCESSING_GROUP = "organisation-view";

    private final OrganisationStores stores;
    private final Indices indices;

    OrganisationProjection(OrganisationStores stores, Indices indices) {
        this.stores = stores;
        this.indices = indices;
    }

    @EventHandler
    void on(SubsidiaryRegistered e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(DepartmentAdded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(PostAdded e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(AppointedToPosition e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(RelievedOfPosition e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(UnitContactRegistered e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.subsidiaries().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(StaffHired e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.staff().note(uow, e.staffId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(StaffTransferred e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.staff().note(uow, e.staffId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(SupervisorAssigned e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.staff().note(uow, e.staffId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(StaffContactChanged e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.staff().note(uow, e.staffId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(StaffDeparted e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.staff().note(uow, e.staffId(), seq, at, view -> view.on(e));
    }

    @EventHandler
    void on(PolicyPublished e, @SequenceNumber long seq, @Timestamp Instant at, UnitOfWork<?> uow) {
        stores.policies().note(uow, e.subsidiaryId(), seq, at, view -> view.on(e));
    }

    @ResetHandler
    void onReset() throws IOException {
        indices.staff().recreate();
        indices.subsidiaries().recreate();
        indices.policies().recreate();
    }
}
