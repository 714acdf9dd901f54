package com.serviceledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AssignSupervisor;
import com.serviceledger.kernel.organisation.ChangeStaffContact;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.kernel.organisation.RecordStaffDeparture;
import com.serviceledger.kernel.organisation.StaffContactChanged;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.SupervisorAssigned;
import com.serviceledger.kernel.organisation.TransferStaff;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A staff member's place in the organisation over time. Changes take effect at a time that may lie in
 * the past (a transfer recorded late) but never before the previous change, so the history stays in
 * order and "the chain as it was when the complaint happened" has one answer.
 */
@Aggregate(cache = "staffMemberCache")
public class StaffMember implements InUnit {

    @AggregateIdentifier
    private String staffId;
    private String subsidiaryId;
    private String departmentId;
    private Instant lastChangeAt;
    private String supervisorId;
    private String groupLeaderId;
    private boolean departed;
    private String email;
    private Language language;

    protected StaffMember() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public StaffMember(HireStaff command, Clock clock) {
        requireNotSelf(command.staffId(), command.supervisorId(), "supervisorId");
        requireNotSelf(command.staffId(), command.groupLeaderId(), "groupLeaderId");
        apply(new StaffHired(command.staffId(), command.name(), command.subsidiaryId(), command.departmentId(),
                command.postId(), command.supervisorId(), command.groupLeaderId(), clock.instant()));
        if (command.email() != null || command.language() != null) {
            apply(new StaffContactChanged(command.staffId(), command.email(), Language.orDefault(command.language()),
                    clock.instant()));
        }
    }

    /** A transfer stays within the staff member's own subsidiary. */
    @CommandHandlerInterceptor
    void checkDirectory(NamesDirectory command, DirectoryRules directory, Clock clock) {
        directory.requireOfCase(command, subsidiaryId, clock.instant());
    }

    @CommandHandler
    public void handle(TransferStaff command, Clock clock) {
        Instant at = effective(command.effectiveFrom(), clock);
        apply(new StaffTransferred(staffId, command.departmentId(), command.postId(), at));
    }

    @CommandHandler
    public void handle(AssignSupervisor command, Clock clock) {
        if (command.supervisorId() == null && command.groupLeaderId() == null) {
            throw new RuleViolation("supervisorId", "name a supervisor or a group leader");
        }
        requireNotSelf(staffId, command.supervisorId(), "supervisorId");
        requireNotSelf(staffId, command.groupLeaderId(), "groupLeaderId");
        Instant at = effective(command.effectiveFrom(), clock);
        // the one not named stays as it is, and may be none (requireNonNullElse would throw on two nulls: a 500)
        apply(new SupervisorAssigned(staffId, command.supervisorId() != null ? command.supervisorId() : supervisorId,
                command.groupLeaderId() != null ? command.groupLeaderId() : groupLeaderId, at));
    }

    /**
     * A new address or language takes effect when it is recorded: recipients are resolved as the directory stood
     * when an event happened, and nobody was written to at an address before it was known.
     */
    @CommandHandler
    public void handle(ChangeStaffContact command, Clock clock) {
        if (command.email() == null && command.language() == null) {
            throw new RuleViolation("email", "name an e-mail address or a language");
        }
        if (departed) {
            throw new OutOfOrder("staff member " + staffId + " has left");
        }
        apply(new StaffContactChanged(staffId, command.email() != null ? command.email() : email,
                Language.orDefault(command.language() != null ? command.language() : language), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordStaffDeparture command, Clock clock) {
        apply(new StaffDeparted(staffId, effective(command.effectiveFrom(), clock)));
    }

    /** When a change takes effect: now by default; in the past at most back to the previous change. */
    private Instant effective(Instant requested, Clock clock) {
        if (departed) {
            throw new OutOfOrder("staff member " + staffId + " has left");
        }
        Instant now = clock.instant();
        Instant at = requested == null ? now : requested;
        if (at.isAfter(now)) {
            throw new RuleViolation("effectiveFrom", "a change cannot take effect in the future");
        }
        if (at.isBefore(lastChangeAt)) {
            throw new RuleViolation("effectiveFrom", "a change cannot take effect before the previous one ("
                    + lastChangeAt + ")");
        }
        return at;
    }

    private static void requireNotSelf(String staffId, String otherId, String field) {
        if (staffId.equals(otherId)) {
            throw new RuleViolation(field, "a staff member cannot answer for themselves");
        }
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : new OrgUnit(subsidiaryId, departmentId);
    }

    @EventSourcingHandler
    void on(StaffHired event) {
        staffId = event.staffId();
        subsidiaryId = event.subsidiaryId();
        departmentId = event.departmentId();
        supervisorId = event.supervisorId();
        groupLeaderId = event.groupLeaderId();
        lastChangeAt = event.effectiveAt();
    }

    @EventSourcingHandler
    void on(StaffTransferred event) {
        departmentId = event.departmentId();
        lastChangeAt = event.effectiveAt();
    }

    @EventSourcingHandler
    void on(SupervisorAssigned event) {
        supervisorId = event.supervisorId();
        groupLeaderId = event.groupLeaderId();
        lastChangeAt = event.effectiveAt();
    }

    @EventSourcingHandler
    void on(StaffContactChanged event) {
        email = event.email();
        language = event.language();
    }

    @EventSourcingHandler
    void on(StaffDeparted event) {
        departed = true;
        lastChangeAt = event.effectiveAt();
    }
}
