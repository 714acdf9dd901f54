package com.serviceledger.command.web;

import static com.serviceledger.platform.security.Roles.DEPARTMENT_HEAD;
import static com.serviceledger.platform.security.Roles.INSPECTOR;
import static com.serviceledger.platform.security.Roles.QUALITY_SUPERVISOR;

import com.serviceledger.kernel.common.OnBehalfRefused;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.CloseComplaintUnresolved;
import com.serviceledger.kernel.complaint.ContactCustomer;
import com.serviceledger.kernel.complaint.ReceiveDepartmentComplaint;
import com.serviceledger.kernel.complaint.RecordHandlerOnSite;
import com.serviceledger.kernel.inspection.RecordRectification;
import com.serviceledger.platform.security.StaffUser;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of a command that say who acted. They are the logged-in staff member: left out, they are filled
 * in; naming someone else is refused unless one of the user's roles records for others (a department head
 * records the contact or the arrival on site of their staff, an inspector the fix a contractor's worker made).
 * Whoever records it, the event keeps the actor in the field and the recorder in its metadata (principal and
 * staff id). Commands sent by the system (relays, timers) do not pass here.
 */
final class ActingStaff {

    /** One actor field: its request name, how to read and set it, and the roles that may name another. */
    private record ActorField<C>(Class<C> command, String field, Function<C, String> actor,
                                 BiFunction<C, String, C> withActor, Set<String> forOthers) {

        Object settle(Object command, StaffUser user) {
            C typed = this.command.cast(command);
            String named = actor.apply(typed);
            if (named == null) {
                if (user.staffId() == null) {
                    throw new RuleViolation(field, field + " is required: your user is no staff member of the "
                            + "directory, so say who acted");
                }
                return withActor.apply(typed, user.staffId());
            }
            if (!named.equals(user.staffId()) && user.roles().stream().noneMatch(forOthers::contains)) {
                throw new OnBehalfRefused(field, field + " must be you (" + (user.staffId() == null
                        ? "your user is no staff member" : user.staffId()) + "): only " + String.join(" or ",
                        forOthers.stream().sorted().toList()) + " may record for another staff member");
            }
            return command;
        }
    }

    private static final List<ActorField<?>> FIELDS = List.of(
            new ActorField<>(ContactCustomer.class, "contactedBy", ContactCustomer::contactedBy,
                    (c, staff) -> new ContactCustomer(c.complaintId(), staff, c.proposedSolution()),
                    Set.of(DEPARTMENT_HEAD)),
            new ActorField<>(RecordHandlerOnSite.class, "handlerId", RecordHandlerOnSite::handlerId,
                    (c, staff) -> new RecordHandlerOnSite(c.complaintId(), staff), Set.of(DEPARTMENT_HEAD)),
            new ActorField<>(RecordRectification.class, "rectifiedBy", RecordRectification::rectifiedBy,
                    (c, staff) -> new RecordRectification(c.rectificationId(), staff, c.note()), Set.of(INSPECTOR)),
            // the quality supervisor records the close unresolved decided by management, to whom it was escalated
            new ActorField<>(CloseComplaintUnresolved.class, "decidedBy", CloseComplaintUnresolved::decidedBy,
                    (c, staff) -> new CloseComplaintUnresolved(c.complaintId(), staff, c.reason()),
                    Set.of(QUALITY_SUPERVISOR)),
            // a department head raises a department complaint for one of the department's staff
            new ActorField<>(ReceiveDepartmentComplaint.class, "raisedBy", ReceiveDepartmentComplaint::raisedBy,
                    (c, staff) -> new ReceiveDepartmentComplaint(c.complaintId(), c.channel(),
                            c.complainingDepartmentId(), staff, c.content(), c.demand(), c.target(), c.urgency()),
                    Set.of(DEPARTMENT_HEAD)));

    private ActingStaff() {
    }

    /** The command with its actor settled for this user; refused when they may not name the one it names. */
    static Object settle(Object command, StaffUser user) {
        for (ActorField<?> field : FIELDS) {
            if (field.command().isInstance(command)) {
                return field.settle(command, user);
            }
        }
        return command;
    }
}
