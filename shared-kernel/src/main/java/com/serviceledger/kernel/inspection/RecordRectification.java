package com.serviceledger.kernel.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The non-conformity was fixed; recorded when it is done (and the work order answered). */
public record RecordRectification(@TargetAggregateIdentifier String rectificationId, String rectifiedBy,
                                  String note) {
}
