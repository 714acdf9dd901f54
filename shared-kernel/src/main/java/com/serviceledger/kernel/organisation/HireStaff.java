package com.serviceledger.kernel.organisation;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A staff member joins at a post, with a direct supervisor (主管) and a responsible group leader (主管集團領導), and
 * optionally the e-mail address and language they are reached at.
 */
public record HireStaff(@TargetAggregateIdentifier String staffId, String name, String subsidiaryId, String departmentId, String postId, String supervisorId, String groupLeaderId,
                        String email, Language language)
        implements UnitCommand, NamesDirectory {

    /** Hired without contact channels (the default language, no address until one is recorded). */
    public HireStaff(String staffId, String name, String subsidiaryId, String departmentId, String postId,
                     String supervisorId, String groupLeaderId) {
        this(staffId, name, subsidiaryId, departmentId, postId, supervisorId, groupLeaderId, null, null);
    }

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(subsidiaryId, departmentId);
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        // a group leader (主管集團領導) answers at group level, so supervisors may belong to any subsidiary
        return List.of(DirectoryReference.subsidiary("subsidiaryId", subsidiaryId),
                DirectoryReference.department("departmentId", subsidiaryId, departmentId),
                DirectoryReference.post("postId", subsidiaryId, departmentId, postId),
                DirectoryReference.staff("supervisorId", null, supervisorId),
                DirectoryReference.staff("groupLeaderId", null, groupLeaderId));
    }
}
