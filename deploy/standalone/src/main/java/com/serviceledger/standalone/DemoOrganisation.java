package com.serviceledger.standalone;

import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.DepartmentKind;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * A small organisation to try the system with: one subsidiary with the regulations' departments and
 * service windows, a few staff with supervisors and a group leader, and the default policy published as
 * its first version. Sent as ordinary commands on the first start; skipped once the subsidiary exists.
 * Off with {@code serviceledger.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "serviceledger.demo.enabled", havingValue = "true")
class DemoOrganisation implements ApplicationListener<ApplicationReadyEvent> {

    static final String SUBSIDIARY = "demo-tangshan";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final CommandGateway commands;

    DemoOrganisation(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            send(new RegisterSubsidiary(SUBSIDIARY, "Tangshan Cement Co. (demo)", "Asia/Shanghai"));
        } catch (AggregateStreamCreationException alreadySeeded) {
            return;
        }
        departments().forEach(this::send);
        posts().forEach(this::send);
        staff().forEach(this::send);
        send(new PublishPolicy(PublishPolicy.policyIdOf(SUBSIDIARY), SUBSIDIARY,
                new PolicyTerms("Asia/Shanghai", Set.of(), 90, ComplaintTerms.defaults())));
        log.info("Demo organisation '{}' created (serviceledger.demo.enabled=false turns this off)", SUBSIDIARY);
    }

    private static List<AddDepartment> departments() {
        return List.of(
                new AddDepartment(SUBSIDIARY, "dept-cs", "Customer service", DepartmentKind.CUSTOMER_SERVICE),
                new AddDepartment(SUBSIDIARY, "dept-sales", "Sales centre 銷售管理中心", DepartmentKind.BUSINESS),
                new AddDepartment(SUBSIDIARY, "dept-logistics", "Logistics and storage", DepartmentKind.SUPPORT),
                new AddDepartment(SUBSIDIARY, "dept-tech", "Technical department", DepartmentKind.TECHNICAL),
                new AddDepartment(SUBSIDIARY, "dept-mgmt", "Management", DepartmentKind.MANAGEMENT));
    }

    private static List<AddPost> posts() {
        return List.of(
                new AddPost(SUBSIDIARY, "billing", "dept-sales", "Billing window 開票室"),
                new AddPost(SUBSIDIARY, "weighbridge", "dept-logistics", "Weighbridge 司磅室"),
                new AddPost(SUBSIDIARY, "gate", "dept-logistics", "Gate 門衛"),
                new AddPost(SUBSIDIARY, "loading", "dept-logistics", "Finished-goods loading 成品保管"),
                new AddPost(SUBSIDIARY, "unloading", "dept-logistics", "Raw-material unloading 原料保管"),
                new AddPost(SUBSIDIARY, "hotline", "dept-cs", "Service hotline"));
    }

    private static List<HireStaff> staff() {
        return List.of(
                new HireStaff("zhao-lei", "Zhao Lei", SUBSIDIARY, "dept-mgmt", null, null, null),
                new HireStaff("chen-jing", "Chen Jing", SUBSIDIARY, "dept-sales", "billing", null, "zhao-lei"),
                new HireStaff("liu-yang", "Liu Yang", SUBSIDIARY, "dept-logistics", "weighbridge", null, "zhao-lei"),
                new HireStaff("wang-fang", "Wang Fang", SUBSIDIARY, "dept-sales", "billing", "chen-jing", "zhao-lei"),
                new HireStaff("li-na", "Li Na", SUBSIDIARY, "dept-sales", "billing", "chen-jing", "zhao-lei"),
                new HireStaff("zhang-wei", "Zhang Wei", SUBSIDIARY, "dept-logistics", "weighbridge", "liu-yang",
                        "zhao-lei"),
                new HireStaff("sun-hao", "Sun Hao", SUBSIDIARY, "dept-logistics", "gate", "liu-yang", "zhao-lei"),
                new HireStaff("zhou-min", "Zhou Min", SUBSIDIARY, "dept-cs", "hotline", "chen-jing", "zhao-lei"));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, "system:demo-seed")
                        .and(MetadataKeys.CLIENT, "standalone")));
    }
}
