package com.serviceledger.kernel.satisfaction;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer's satisfaction score 1–5 from a follow-up call, an online rating or a questionnaire. */
public record RecordRating(@TargetAggregateIdentifier String ratingId, RatingSource source, RatedUnit unit,
                           Channel channel, String caseId, int score, String comment) implements UnitCommand {

    @Override
    public OrgUnit orgUnit() {
        return unit == null ? new OrgUnit(null, null) : new OrgUnit(unit.subsidiaryId(), unit.departmentId());
    }

    @Override
    public String unitField() {
        return "unit.subsidiaryId";
    }
}
