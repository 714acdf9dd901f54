package com.serviceledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.AppointToPosition;
import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.kernel.organisation.PositionHolder;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.organisation.RegisterUnitContact;
import com.serviceledger.kernel.organisation.RelieveOfPosition;
import com.serviceledger.kernel.organisation.RelievedOfPosition;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitContactRegistered;
import com.serviceledger.kernel.organisation.UnitPosition;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A subsidiary (子公司) with its departments (部門) and posts (崗位), 000 §3; who holds its positions (department
 * heads, quality supervisors, management, the manager, the technical department), and who is told about its
 * inspected units from outside (a site's contractor and owners' committee).
 */
@Aggregate(cache = "subsidiaryCache")
public class Subsidiary implements InUnit {

    @AggregateIdentifier
    private String subsidiaryId;
    private final Set<String> departments = new HashSet<>();
    private final Map<String, String> postDepartments = new HashMap<>();
    private final List<PositionHolder> holders = new ArrayList<>();

    protected Subsidiary() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Subsidiary(RegisterSubsidiary command, Clock clock) {
        try {
            ZoneId.of(command.timeZone());
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "unknown time zone " + command.timeZone());
        }
        apply(new SubsidiaryRegistered(command.subsidiaryId(), command.name(), command.timeZone(), clock.instant()));
    }

    @CommandHandler
    public void handle(AddDepartment command, Clock clock) {
        if (departments.contains(command.departmentId())) {
            throw new AlreadyExists("departmentId", "department " + command.departmentId() + " exists already");
        }
        apply(new DepartmentAdded(subsidiaryId, command.departmentId(), command.name(), command.kind(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(AddPost command, Clock clock) {
        if (!departments.contains(command.departmentId())) {
            throw new RuleViolation("departmentId", "no department " + command.departmentId() + " in " + subsidiaryId);
        }
        if (postDepartments.containsKey(command.postId())) {
            throw new AlreadyExists("postId", "post " + command.postId() + " exists already");
        }
        apply(new PostAdded(subsidiaryId, command.postId(), command.departmentId(), command.name(), clock.instant()));
    }

    /**
     * The staff, departments and sites a command names are this subsidiary's, checked after its scope (a unit
     * outside the sender's scope answers 404 before the directory is looked at).
     */
    @CommandHandlerInterceptor
    void checkDirectory(NamesDirectory command, DirectoryRules directory, Clock clock) {
        directory.requireOfCase(command, subsidiaryId, clock.instant());
    }

    /** The staff member (employed in this subsidiary: {@link DirectoryRules}) takes up the position from now. */
    @CommandHandler
    public void handle(AppointToPosition command, Clock clock) {
        requireDepartmentAsThePositionNeeds(command.position(), command.departmentId());
        if (holds(command.position(), command.departmentId(), command.staffId())) {
            throw new AlreadyExists("staffId", "staff member " + command.staffId() + " holds " + held(
                    command.position(), command.departmentId()) + " already");
        }
        apply(new AppointedToPosition(subsidiaryId, command.position(), command.staffId(), command.departmentId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RelieveOfPosition command, Clock clock) {
        requireDepartmentAsThePositionNeeds(command.position(), command.departmentId());
        if (!holds(command.position(), command.departmentId(), command.staffId())) {
            throw new RuleViolation("staffId", "staff member " + command.staffId() + " does not hold " + held(
                    command.position(), command.departmentId()));
        }
        apply(new RelievedOfPosition(subsidiaryId, command.position(), command.staffId(), command.departmentId(),
                clock.instant()));
    }

    /**
     * The contractor's contact is the site's and the contractor's; the owners' committee's is the site's alone. The
     * site is a post of this subsidiary ({@link DirectoryRules}). A new one replaces the one before.
     */
    @CommandHandler
    public void handle(RegisterUnitContact command, Clock clock) {
        if (command.kind() == UnitContactKind.CONTRACTOR && command.contractorId() == null) {
            throw new RuleViolation("contractorId", "a contractor's contact names the contractor");
        }
        if (command.kind() == UnitContactKind.OWNERS_COMMITTEE && command.contractorId() != null) {
            throw new RuleViolation("contractorId", "the owners' committee is the site's, not a contractor's");
        }
        apply(new UnitContactRegistered(subsidiaryId, command.siteId(), command.contractorId(), command.kind(),
                command.name(), command.email(), Language.orDefault(command.language()), clock.instant()));
    }

    private void requireDepartmentAsThePositionNeeds(UnitPosition position, String departmentId) {
        if (position.ofDepartment() && departmentId == null) {
            throw new RuleViolation("departmentId", "a " + position + " is held for a department: name it");
        }
        if (!position.ofDepartment() && departmentId != null) {
            throw new RuleViolation("departmentId", "a " + position + " is held for the whole subsidiary, "
                    + "not for a department");
        }
    }

    private boolean holds(UnitPosition position, String departmentId, String staffId) {
        return holders.stream().anyMatch(holder -> holder.is(position, departmentId, staffId));
    }

    private static String held(UnitPosition position, String departmentId) {
        return position + (departmentId == null ? "" : " of " + departmentId);
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : OrgUnit.subsidiary(subsidiaryId);
    }

    @EventSourcingHandler
    void on(SubsidiaryRegistered event) {
        subsidiaryId = event.subsidiaryId();
    }

    @EventSourcingHandler
    void on(DepartmentAdded event) {
        departments.add(event.departmentId());
    }

    @EventSourcingHandler
    void on(PostAdded event) {
        postDepartments.put(event.postId(), event.departmentId());
    }

    @EventSourcingHandler
    void on(AppointedToPosition event) {
        holders.add(new PositionHolder(event.position(), event.departmentId(), event.staffId(), event.effectiveAt()));
    }

    @EventSourcingHandler
    void on(RelievedOfPosition event) {
        holders.removeIf(holder -> holder.is(event.position(), event.departmentId(), event.staffId()));
    }
}
