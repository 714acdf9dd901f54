package com.serviceledger.standalone;

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
 * The directory the standalone tests name (beside the demo organisation the application seeds itself), registered
 * through the ordinary organisation commands when a test application is ready (every one scans this package):
 * sub-e2e for the end-to-end flows, sub-fuzz for the fuzz suite's valid bodies, and the units of the scope and
 * limit tests, each with the same departments, posts and staff. Staff ids are global, so outside sub-e2e they carry
 * the subsidiary ({@link #staffOf}). Tests that make up a department, site or staff member register it here too.
 */
@Component
public class TestOrganisation implements ApplicationListener<ApplicationReadyEvent> {

    public static final String SUBSIDIARY = "sub-e2e";
    static final List<String> SUBSIDIARIES = List.of(SUBSIDIARY, "sub-fuzz", "sub-1", "sub-limits");
    static final List<String> DEPARTMENTS = List.of("dept-gate", "dept-sales", "dept-replay");
    /** Posts (and inspected sites) by department. */
    static final Map<String, String> POSTS = Map.of("gate", "dept-gate", "billing", "dept-sales",
            "site-fuzz", "dept-gate");
    /** Everyone works at the gate: the department head, handler, agent, clerk, cleaner, foreman and staff-9. */
    static final List<String> STAFF = List.of("head-1", "handler-3", "agent-7", "clerk-3", "cleaner-7", "foreman-1",
            "staff-9");

    private final CommandGateway commands;
    private final Directory directory;

    TestOrganisation(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        SUBSIDIARIES.forEach(this::register);
    }

    public boolean isRegistered(String subsidiaryId) {
        return directory.unitsOf(subsidiaryId).isPresent();
    }

    /** The subsidiary with the test departments, posts and staff; nothing when it is registered already. */
    public void register(String subsidiaryId) {
        if (directory.unitsOf(subsidiaryId).isPresent()) {
            return;
        }
        send(new RegisterSubsidiary(subsidiaryId, subsidiaryId, "Asia/Shanghai"));
        DEPARTMENTS.forEach(department -> addDepartment(subsidiaryId, department));
        POSTS.forEach((post, department) -> addPost(subsidiaryId, post, department));
        STAFF.forEach(name -> hire(subsidiaryId, staffOf(subsidiaryId, name), null, null));
    }

    public void addDepartment(String subsidiaryId, String departmentId) {
        send(new AddDepartment(subsidiaryId, departmentId, departmentId, DepartmentKind.SUPPORT));
    }

    /** A post, or an inspected site, of the department. */
    public void addPost(String subsidiaryId, String postId, String departmentId) {
        send(new AddPost(subsidiaryId, postId, departmentId, postId));
    }

    /** Hires a staff member at the subsidiary's gate. */
    public void hire(String subsidiaryId, String staffId, String supervisorId, String groupLeaderId) {
        send(new HireStaff(staffId, staffId, subsidiaryId, "dept-gate", null, supervisorId, groupLeaderId));
    }

    /** The id of one of the test staff in the subsidiary: as named in sub-e2e, prefixed by the subsidiary elsewhere. */
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
