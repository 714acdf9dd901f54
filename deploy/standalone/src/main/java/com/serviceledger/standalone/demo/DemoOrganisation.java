package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.AppointToPosition;
import com.serviceledger.kernel.organisation.ChangeStaffContact;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.RegisterUnitContact;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.policy.PublishPolicy;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo organisation of {@link DemoCatalog} and publishes each subsidiary's first policy
 * version, as ordinary commands. Skipped once the first subsidiary exists.
 */
public class DemoOrganisation {

    public static final String SUBSIDIARY = DemoCatalog.FIRST_SUBSIDIARY;
    static final String PRINCIPAL = "system:demo-seed";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final CommandGateway commands;

    public DemoOrganisation(CommandGateway commands) {
        this.commands = commands;
    }

    /** @return false when the organisation was there already */
    public boolean seed() {
        boolean created = false;
        for (DemoCatalog.Unit unit : DemoCatalog.subsidiaries()) {
            try {
                send(new RegisterSubsidiary(unit.subsidiaryId(), unit.name(), unit.timeZone()));
            } catch (AggregateStreamCreationException alreadySeeded) {
                continue;
            }
            unit.departments().forEach(d -> send(new AddDepartment(unit.subsidiaryId(), d.departmentId(), d.name(),
                    d.kind())));
            unit.posts().forEach(p -> send(new AddPost(unit.subsidiaryId(), p.postId(), p.departmentId(), p.name())));
            unit.staff().forEach(s -> send(new HireStaff(s.staffId(), s.name(), unit.subsidiaryId(), s.departmentId(),
                    s.postId(), s.supervisorId(), s.groupLeaderId())));
            contacts(unit);
            send(new PublishPolicy(PublishPolicy.policyIdOf(unit.subsidiaryId()), unit.subsidiaryId(),
                    new PolicyTerms(unit.timeZone(), Set.of(), 90, ComplaintTerms.defaults())));
            log.info("Demo subsidiary '{}' created ({})", unit.subsidiaryId(), unit.timeZone());
            created = true;
        }
        return created;
    }

    /**
     * Whom the notifications reach: every demo staff member has a work e-mail address (the Vientiane plant writes in
     * English), the departments their heads, the group leader is quality supervisor, management and manager, the
     * logistics head answers for the technical department, the hotline's agent is the operations staff, and every
     * site has an owners' committee and the weekly inspection's contractor a contact.
     */
    private void contacts(DemoCatalog.Unit unit) {
        Language language = unit.subsidiaryId().equals("demo-vientiane") ? Language.EN : Language.ZH_CN;
        String domain = unit.subsidiaryId() + ".example";
        unit.staff().forEach(s -> send(new ChangeStaffContact(s.staffId(), s.staffId() + "@" + domain, language)));
        unit.departments().forEach(d -> send(new AppointToPosition(unit.subsidiaryId(), UnitPosition.DEPARTMENT_HEAD,
                unit.headOf(d.departmentId()), d.departmentId())));
        String leader = unit.staff().getFirst().staffId();
        for (UnitPosition position : List.of(UnitPosition.QUALITY_SUPERVISOR, UnitPosition.MANAGEMENT,
                UnitPosition.MANAGER)) {
            send(new AppointToPosition(unit.subsidiaryId(), position, leader, null));
        }
        send(new AppointToPosition(unit.subsidiaryId(), UnitPosition.TECHNICAL_DEPARTMENT,
                unit.staff().get(2).staffId(), null));
        // the hotline's staff member (the demo's agent) is the operations staff a complaint's result is reported to
        send(new AppointToPosition(unit.subsidiaryId(), UnitPosition.OPERATIONS_STAFF,
                unit.staff().get(7).staffId(), null));
        for (DemoCatalog.Post site : unit.posts()) {
            send(new RegisterUnitContact(unit.subsidiaryId(), site.postId(), null, UnitContactKind.OWNERS_COMMITTEE,
                    "Owners' committee " + site.name(), "owners-" + site.postId() + "@" + domain, language));
            send(new RegisterUnitContact(unit.subsidiaryId(), site.postId(), InspectionScript.contractorOf(unit),
                    UnitContactKind.CONTRACTOR, "Site lead, " + InspectionScript.contractorOf(unit),
                    "site-lead-" + site.postId() + "@" + domain, language));
        }
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, PRINCIPAL)
                        .and(MetadataKeys.CLIENT, "standalone")));
    }
}
