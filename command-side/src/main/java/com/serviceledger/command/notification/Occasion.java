package com.serviceledger.command.notification;

import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.notification.NotificationKind;
import java.time.Instant;
import java.util.Map;

/**
 * One event as something to tell people about: its kind, the case and unit it belongs to, and who in it the
 * recipient roles point at. Built by {@link Occasions}; {@code facts} become the notification's payload.
 *
 * @param target        the SLA target of a warning or breach (its name), else null
 * @param level         the escalation level a complaint's warning or breach names, else null
 * @param caseType      complaint, service-request, rectification, quality-month, scorecard, staff-record, star-board
 * @param handlerId     whom the case is in the hands of as of the event (the assignee, on an assignment)
 * @param staffMemberId the staff member the event is about (scoring), else null
 * @param siteId        the inspected site (inspections), else null
 * @param contractorId  the inspected unit's contractor, else null
 * @param departmentHeadId the head the complaint was forwarded to, when it was (a fallback for the directory)
 * @param customerEmail the case's customer can be written to: they gave an e-mail and were not erased
 */
public record Occasion(NotificationKind kind, String target, EscalationLevel level, String caseType, String caseId,
                       String subsidiaryId, String departmentId, String handlerId, String staffMemberId,
                       String siteId, String contractorId, String departmentHeadId, boolean customerEmail,
                       Instant occurredAt, Map<String, Object> facts) {

    public Occasion {
        facts = facts == null ? Map.of() : facts;
    }
}
