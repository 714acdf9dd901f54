package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A department complains about another department of its subsidiary (部門協調投訴, 002 第5篇 二.2), raised by one
 * of its staff. The complaint is in the complaining department's unit for the scope check: its own staff raise it.
 */
public record ReceiveDepartmentComplaint(@TargetAggregateIdentifier String complaintId, Channel channel,
                                         String complainingDepartmentId, String raisedBy, String content,
                                         String demand, ComplaintTarget target, Urgency urgency)
        implements UnitCommand, NamesDirectory {

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(target == null ? null : target.subsidiaryId(), complainingDepartmentId);
    }

    @Override
    public String unitField() {
        return "complainingDepartmentId";
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        List<DirectoryReference> references = new ArrayList<>(DirectoryReference.unit("target", target.subsidiaryId(),
                target.departmentId(), target.postId(), target.staffId()));
        references.add(DirectoryReference.department("complainingDepartmentId", target.subsidiaryId(),
                complainingDepartmentId));
        // who raises it works there now
        references.add(DirectoryReference.staff("raisedBy", target.subsidiaryId(), raisedBy));
        return references;
    }
}
