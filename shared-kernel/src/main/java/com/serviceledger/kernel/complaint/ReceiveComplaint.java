package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operations specialist (營運專員) records a complaint. */
public record ReceiveComplaint(@TargetAggregateIdentifier String complaintId, Channel channel,
                               CustomerContact customer, String content, String demand,
                               ComplaintTarget target, Urgency urgency) implements UnitCommand, NamesDirectory {

    @Override
    public OrgUnit orgUnit() {
        return target == null ? new OrgUnit(null, null) : new OrgUnit(target.subsidiaryId(), target.departmentId());
    }

    @Override
    public String unitField() {
        return "target.subsidiaryId";
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        // the staff member is named for what happened, not given work: having left since is no fault
        return DirectoryReference.unit("target", target.subsidiaryId(), target.departmentId(), target.postId(),
                target.staffId());
    }
}
