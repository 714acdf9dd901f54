package com.serviceledger.kernel.organisation;

import com.serviceledger.kernel.common.GroupCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a subsidiary (子公司): the unit that owns a policy, a time zone and departments. */
public record RegisterSubsidiary(@TargetAggregateIdentifier String subsidiaryId, String name, String timeZone)
        implements GroupCommand {

    @Override
    public String groupField() {
        return "subsidiaryId";
    }
}
