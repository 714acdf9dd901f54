package com.serviceledger.command.notification;

import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;

/**
 * What a case's own events say about where it belongs and whose hands it is in, as of one of its events: the
 * unit, the department it was forwarded to and its head, the handler or assignee, the inspected site, and for a
 * department's complaint (002 第5篇 二.2) the complaining department.
 */
record CaseFacts(String subsidiaryId, String departmentId, String departmentHeadId, String handlerId,
                 String siteId, String contractorId, boolean customerEmail, String timeZone,
                 String complainingDepartmentId) {

    /** A case no department complains in. */
    CaseFacts(String subsidiaryId, String departmentId, String departmentHeadId, String handlerId, String siteId,
              String contractorId, boolean customerEmail, String timeZone) {
        this(subsidiaryId, departmentId, departmentHeadId, handlerId, siteId, contractorId, customerEmail, timeZone,
                null);
    }

    static final CaseFacts NONE = new CaseFacts(null, null, null, null, null, null, false, null);

    /**
     * Folds one more of the case's events in. {@code customerEmail}: the case's customer gave an e-mail address
     * (sealed in the event; only whether there is one is read here) and was not erased since. {@code timeZone}: the
     * subsidiary's, as the case was received (times in the texts are local).
     */
    CaseFacts with(Object event) {
        return switch (event) {
            case ComplaintReceived e -> new CaseFacts(e.complainedAbout().subsidiaryId(),
                    e.complainedAbout().departmentId(), null, null, null, null, hasEmail(e.customer()), e.timeZone(),
                    e.complainingDepartment() == null ? null : e.complainingDepartment().departmentId());
            case ComplaintForwarded e -> new CaseFacts(subsidiaryId, e.departmentId(), e.departmentHeadId(),
                    handlerId, siteId, contractorId, customerEmail, timeZone, complainingDepartmentId);
            case ComplaintHandlerNamed e -> new CaseFacts(subsidiaryId, departmentId, departmentHeadId, e.handlerId(),
                    siteId, contractorId, customerEmail, timeZone, complainingDepartmentId);
            case ServiceRequestReceived e -> new CaseFacts(e.target().subsidiaryId(), e.target().departmentId(),
                    null, null, null, null, hasEmail(e.customer()), e.timeZone());
            case ServiceRequestAssigned e -> new CaseFacts(subsidiaryId, departmentId, departmentHeadId,
                    e.assigneeId(), siteId, contractorId, customerEmail, timeZone);
            case RectificationRaised e -> new CaseFacts(e.unit().subsidiaryId(), null, null, e.responsibleStaffId(),
                    e.unit().siteId(), e.unit().contractorId(), false, e.timeZone());
            case ImprovementActionRaised e -> new CaseFacts(e.unit().subsidiaryId(), e.unit().departmentId(), null,
                    e.ownerId(), null, null, false, e.timeZone());
            case CustomerErased e -> new CaseFacts(subsidiaryId, departmentId, departmentHeadId, handlerId, siteId,
                    contractorId, false, timeZone, complainingDepartmentId);
            default -> this;
        };
    }

    private static boolean hasEmail(ProtectedContact customer) {
        return customer != null && customer.email() != null && !customer.email().isBlank();
    }
}
