package com.serviceledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A subsidiary (子公司) with its departments (部門) and posts (崗位), 000 §3. */
@Aggregate(cache = "subsidiaryCache")
public class Subsidiary implements InUnit {

    @AggregateIdentifier
    private String subsidiaryId;
    private final Set<String> departments = new HashSet<>();
    private final Map<String, String> postDepartments = new HashMap<>();

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
}
