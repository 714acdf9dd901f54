package com.serviceledger.kernel.satisfaction;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer's satisfaction score 1–5 from a follow-up call, an online rating or a questionnaire. */
public record RecordRating(@TargetAggregateIdentifier String ratingId, RatingSource source, RatedUnit unit,
                           Channel channel, String caseId, int score, String comment) implements UnitCommand, NamesDirectory {

    @Override
    public OrgUnit orgUnit() {
        return unit == null ? new OrgUnit(null, null) : new OrgUnit(unit.subsidiaryId(), unit.departmentId());
    }

    @Override
    public String unitField() {
        return "unit.subsidiaryId";
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        // a rating is about service already given: the staff member may have left since
        return DirectoryReference.unit("unit", unit.subsidiaryId(), unit.departmentId(), unit.postId(),
                unit.staffId());
    }
}
