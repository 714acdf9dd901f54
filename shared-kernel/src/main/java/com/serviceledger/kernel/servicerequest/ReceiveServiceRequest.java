package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer's need is recorded. */
public record ReceiveServiceRequest(@TargetAggregateIdentifier String requestId, Channel channel,
                                    CustomerContact customer, ServiceCategory category, String description,
                                    ServiceRequestTarget target) implements UnitCommand, NamesDirectory {

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
        return DirectoryReference.unit("target", target.subsidiaryId(), target.departmentId(), target.postId(), null);
    }
}
