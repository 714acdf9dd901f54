package com.serviceledger.command.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.improvement.ImprovementCause;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the cause's own stream, the command side's source of truth (as the directory and the scorecards do).
 * A complaint or month of another unit is answered like an unknown one: a unit learns nothing of another's cases.
 * Periods are checked by the request's pattern; incident ids are taken as given (the incident's stream is
 * another part's, not read here).
 */
@Component
class EventStoreImprovementCauses implements ImprovementCauses {

    private static final String FIELD = "cause.reference";

    private final EventStore eventStore;

    EventStoreImprovementCauses(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void requireValid(ImprovementCause cause, OrgUnit unit) {
        switch (cause.kind()) {
            case COMPLAINT -> requireVerifiedComplaint(cause.reference(), unit);
            case QUALITY_MONTH -> requireQualityMonth(cause.reference(), unit);
            case UNIT_EVALUATION, INCIDENT_REVIEW -> {
            }
        }
    }

    private void requireVerifiedComplaint(String complaintId, OrgUnit unit) {
        List<Object> events = events(complaintId);
        String subsidiary = null;
        String department = null;
        boolean verified = false;
        for (Object event : events) {
            if (event instanceof ComplaintReceived e) {
                subsidiary = e.complainedAbout().subsidiaryId();
                department = e.complainedAbout().departmentId();
            } else if (event instanceof ComplaintForwarded e) {
                department = e.departmentId();
            } else if (event instanceof ComplaintVerified) {
                verified = true;
            }
        }
        boolean ofUnit = unit.subsidiaryId().equals(subsidiary)
                && (unit.departmentId() == null || unit.departmentId().equals(department));
        if (!ofUnit) {
            throw new RuleViolation(FIELD, "no complaint " + complaintId + " of the unit");
        }
        if (!verified) {
            throw new RuleViolation(FIELD, "complaint " + complaintId
                    + " is not verified: an improvement action follows a verified complaint");
        }
    }

    private void requireQualityMonth(String qualityMonthId, OrgUnit unit) {
        boolean found = events(qualityMonthId).stream().anyMatch(event -> event instanceof QualityMonthOpened e
                && Objects.equals(e.unit().subsidiaryId(), unit.subsidiaryId()));
        if (!found) {
            throw new RuleViolation(FIELD, "no quality month " + qualityMonthId + " of subsidiary "
                    + unit.subsidiaryId());
        }
    }

    private List<Object> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
