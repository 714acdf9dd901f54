package com.serviceledger.command.notification;

import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.notification.RecipientRole;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.UnitContact;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.platform.notification.Delivery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the roles of a rule are for one occasion, through the directory as it stood when the event happened: the
 * holders of a position in the case's subsidiary (of its department, for a department head), the case's handler,
 * the staff member the event is about, the inspected unit's contacts, the case's customer. Staff not employed then
 * are nobody; a staff member reached through two roles is one recipient.
 */
class Recipients {

    private final Directory directory;

    Recipients(Directory directory) {
        this.directory = directory;
    }

    List<Addressee> of(Occasion occasion, Collection<RecipientRole> roles) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        for (RecipientRole role : roles) {
            for (Addressee addressee : of(occasion, role)) {
                found.putIfAbsent(addressee.recipient(), addressee);
            }
        }
        return List.copyOf(found.values());
    }

    private List<Addressee> of(Occasion occasion, RecipientRole role) {
        return switch (role) {
            case ESCALATION_LEVEL -> occasion.level() == null ? List.of() : holders(occasion, position(occasion.level()));
            case DEPARTMENT_HEAD -> holders(occasion, UnitPosition.DEPARTMENT_HEAD);
            case QUALITY_SUPERVISOR -> holders(occasion, UnitPosition.QUALITY_SUPERVISOR);
            case MANAGEMENT -> holders(occasion, UnitPosition.MANAGEMENT);
            case MANAGER -> holders(occasion, UnitPosition.MANAGER);
            case TECHNICAL_DEPARTMENT -> holders(occasion, UnitPosition.TECHNICAL_DEPARTMENT);
            case HANDLER -> staff(occasion, occasion.handlerId());
            case STAFF_MEMBER -> staff(occasion, occasion.staffMemberId());
            case CONTRACTOR -> occasion.contractorId() == null ? List.of()
                    : unitContact(occasion, occasion.contractorId(), UnitContactKind.CONTRACTOR);
            case OWNERS_COMMITTEE -> unitContact(occasion, null, UnitContactKind.OWNERS_COMMITTEE);
            case OPERATIONS_STAFF -> holders(occasion, UnitPosition.OPERATIONS_STAFF);
            case CUSTOMER -> occasion.customerEmail()
                    ? List.of(new Addressee(Delivery.customer(occasion.caseId()), null, null, Language.DEFAULT))
                    : List.of();
        };
    }

    private static UnitPosition position(EscalationLevel level) {
        return switch (level) {
            case DEPARTMENT_HEAD -> UnitPosition.DEPARTMENT_HEAD;
            case QUALITY_SUPERVISOR -> UnitPosition.QUALITY_SUPERVISOR;
            case MANAGEMENT -> UnitPosition.MANAGEMENT;
        };
    }

    /**
     * The position's holders in the case's subsidiary (of its department, for a department head); for a department
     * head the directory names none for, the head the complaint was forwarded to.
     */
    private List<Addressee> holders(Occasion occasion, UnitPosition position) {
        List<Addressee> holders = new ArrayList<>();
        if (occasion.subsidiaryId() != null && !(position.ofDepartment() && occasion.departmentId() == null)) {
            for (String staffId : directory.holdersAt(occasion.subsidiaryId(), position, occasion.departmentId(),
                    occasion.occurredAt())) {
                holders.addAll(staff(occasion, staffId));
            }
        }
        return holders.isEmpty() && position == UnitPosition.DEPARTMENT_HEAD
                ? staff(occasion, occasion.departmentHeadId()) : holders;
    }

    private List<Addressee> staff(Occasion occasion, String staffId) {
        if (staffId == null) {
            return List.of();
        }
        return directory.contactOf(staffId, occasion.occurredAt())
                .map(contact -> List.of(new Addressee(Delivery.staff(staffId), staffId, contact.email(),
                        contact.language())))
                .orElse(List.of());
    }

    private List<Addressee> unitContact(Occasion occasion, String contractorId, UnitContactKind kind) {
        if (occasion.subsidiaryId() == null || occasion.siteId() == null) {
            return List.of();
        }
        Optional<UnitContact> contact = directory.unitContactAt(occasion.subsidiaryId(), occasion.siteId(),
                contractorId, kind, occasion.occurredAt());
        return contact.filter(found -> found.email() != null)
                .map(found -> List.of(new Addressee(recipientKey(occasion, found), null, found.email(),
                        found.language())))
                .orElse(List.of());
    }

    private static String recipientKey(Occasion occasion, UnitContact contact) {
        return contact.kind() == UnitContactKind.OWNERS_COMMITTEE
                ? "owners:" + occasion.subsidiaryId() + ":" + contact.siteId()
                : "contractor:" + occasion.subsidiaryId() + ":" + contact.siteId() + ":" + contact.contractorId();
    }
}
