package com.serviceledger.command.notification;

import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;

/**
 * What a case's own events say about where it belongs and whose hands it is in, as of one of its events: the
 * unit, the department it was forwarded to and its head, the handler or assignee, the inspected site.
 */
record CaseFacts(String subsidiaryId, String departmentId, String departmentHeadId, String handlerId,
                 String siteId, String contractorId) {

    static final CaseFacts NONE = new CaseFacts(null, null, null, null, null, null);

    /** Folds one more of the case's events in. */
    CaseFacts with(Object event) {
        return switch (event) {
            case ComplaintReceived e -> new CaseFacts(e.complainedAbout().subsidiaryId(),
                    e.complainedAbout().departmentId(), null, null, null, null);
            case ComplaintForwarded e -> new CaseFacts(subsidiaryId, e.departmentId(), e.departmentHeadId(),
                    handlerId, siteId, contractorId);
            case ComplaintHandlerNamed e -> new CaseFacts(subsidiaryId, departmentId, departmentHeadId, e.handlerId(),
                    siteId, contractorId);
            case ServiceRequestReceived e -> new CaseFacts(e.target().subsidiaryId(), e.target().departmentId(),
                    null, null, null, null);
            case ServiceRequestAssigned e -> new CaseFacts(subsidiaryId, departmentId, departmentHeadId,
                    e.assigneeId(), siteId, contractorId);
            case RectificationRaised e -> new CaseFacts(e.unit().subsidiaryId(), null, null, e.responsibleStaffId(),
                    e.unit().siteId(), e.unit().contractorId());
            default -> this;
        };
    }
}
