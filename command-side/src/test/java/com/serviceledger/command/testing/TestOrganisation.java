package com.serviceledger.command.testing;

import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The directory the command side's Spring tests name, registered through the ordinary organisation commands
 * when a test application is ready (every such application scans this package): the subsidiaries the test
 * configuration gives policies, each with the same departments, posts and staff. Staff ids are global, so
 * outside sub-1 they carry the subsidiary ({@link #staffOf}). Tests that make up a subsidiary or a site of
 * their own register it here too.
 */
@Component
public class TestOrganisation implements ApplicationListener<ApplicationReadyEvent> {

    public static final String SUBSIDIARY = "sub-1";
    static final List<String> SUBSIDIARIES = List.of(SUBSIDIARY, "sub-2", "sub-fast", "sub-strict", "sub-fast-insp");
    static final List<String> DEPARTMENTS = List.of("dept-billing", "dept-sales", "dept-logistics");
    /** Posts (and inspected sites) by department. */
    static final Map<String, String> POSTS = Map.of("post-window", "dept-billing", "weighbridge", "dept-sales",
            "gate", "dept-logistics");
    /** Everyone works in billing: department heads, handlers, agents, the cleaner and the inspectors. */
    static final List<String> STAFF = List.of("head-1", "head-9", "handler-3", "agent-7", "clerk-3", "cleaner-7",
            "staff-assistant", "staff-1", "staff-9");

    private final CommandGateway commands;
    private final Directory directory;

    TestOrganisation(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    /** On the database event store; a test on Axon Server (maybe none listening) calls {@link #registerAll}. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!event.getApplicationContext().getEnvironment().getProperty("axon.axonserver.enabled", Boolean.class,
                false)) {
            registerAll();
        }
    }

    public void registerAll() {
        SUBSIDIARIES.forEach(this::register);
    }

    /** The subsidiary with the test departments, posts and staff; nothing when it is registered already. */
    public void register(String subsidiaryId) {
        if (directory.unitsOf(subsidiaryId).isPresent()) {
            return; // another test application on the same database registered it
        }
        send(new RegisterSubsidiary(subsidiaryId, subsidiaryId, "Asia/Shanghai"));
        DEPARTMENTS.forEach(department -> send(new AddDepartment(subsidiaryId, department, department,
                DepartmentKind.BUSINESS)));
        POSTS.forEach((post, department) -> send(new AddPost(subsidiaryId, post, department, post)));
        STAFF.forEach(name -> hire(subsidiaryId, staffOf(subsidiaryId, name), null, null));
    }

    /** A site or post of its own in dept-logistics, for a test that counts per site. */
    public void addPost(String subsidiaryId, String postId) {
        send(new AddPost(subsidiaryId, postId, "dept-logistics", postId));
    }

    /** Hires a staff member into the subsidiary's billing department. */
    public void hire(String subsidiaryId, String staffId, String supervisorId, String groupLeaderId) {
        send(new HireStaff(staffId, staffId, subsidiaryId, "dept-billing", null, supervisorId, groupLeaderId));
    }

    /** The id of one of the test staff in the subsidiary: as named in sub-1, prefixed by the subsidiary elsewhere. */
    public static String staffOf(String subsidiaryId, String name) {
        return SUBSIDIARY.equals(subsidiaryId) ? name : subsidiaryId + "." + name;
    }

    /**
     * On a thread of its own: sent from the test's main thread after certain earlier tests, these commands took no
     * effect (most likely Axon state bound to that thread, such as a unit of work left open, which the command's
     * own unit then joins); a fresh thread carries none.
     */
    private void send(Object command) {
        CompletableFuture.runAsync(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, "test:organisation")))).join();
    }
}
